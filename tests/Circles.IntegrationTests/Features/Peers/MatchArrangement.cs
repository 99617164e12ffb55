using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Blocks;
using Circles.Web.Features.Peers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Peers;

/// <summary>Peer supporter profiles, blocks and matches placed straight in the database; requests and answers go through the pages.</summary>
public static class MatchArrangement
{
    /// <summary>Gives a person a peer supporter profile with the languages given (Spanish by default).</summary>
    public static async Task ProfileAsync(this CirclesApp app, TestOrganization organization, TestUser peer, Action<PeerSupporterProfile>? configure = null, params string[] languages)
    {
        await app.InDbAsync(organization, async db =>
        {
            var profile = new PeerSupporterProfile
            {
                UserId = peer.Id,
                TrainingCompletedAt = app.Clock.GetUtcNow().UtcDateTime,
                TrainingMarkedByUserId = organization.Coordinator.Id,
                Capacity = 2,
                UpdatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            configure?.Invoke(profile);
            db.PeerSupporterProfiles.Add(profile);
            foreach (var language in languages.Length == 0 ? ["es"] : languages)
            {
                db.PeerSupporterLanguages.Add(new PeerSupporterLanguage { UserId = peer.Id, Language = language });
            }
            await db.SaveChangesAsync();
        });
    }

    /// <summary>A new peer supporter with a profile.</summary>
    public static async Task<TestUser> NewPeerAsync(this CirclesApp app, TestOrganization organization, Action<PeerSupporterProfile>? configure = null, params string[] languages)
    {
        var peer = await app.AddUserAsync(organization.Id, Circles.Web.Accounts.Roles.PeerSupporter);
        await app.ProfileAsync(organization, peer, configure, languages);
        return peer;
    }

    public static Task BlockAsync(this CirclesApp app, TestOrganization organization, TestUser blocker, TestUser blocked) =>
        app.InDbAsync(organization, async db =>
        {
            db.MemberBlocks.Add(new MemberBlock { BlockerUserId = blocker.Id, BlockedUserId = blocked.Id, CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        });

    /// <summary>
    /// An active match between a member and a peer (for load and exclusion tests), with the
    /// peer's count of active matches raised as PeerLoad does when a match begins.
    /// </summary>
    public static Task<Guid> ActiveMatchAsync(this CirclesApp app, TestOrganization organization, TestUser member, TestUser peer) =>
        app.InDbAsync(organization, async db =>
        {
            var match = new PeerMatch
            {
                MemberUserId = member.Id,
                PeerUserId = peer.Id,
                ProposedByUserId = member.Id,
                Status = PeerMatchStatus.Active,
                MemberAcceptedAt = app.Clock.GetUtcNow().UtcDateTime,
                PeerAcceptedAt = app.Clock.GetUtcNow().UtcDateTime,
                ActiveSince = app.Clock.GetUtcNow().UtcDateTime,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.PeerMatches.Add(match);
            await db.SaveChangesAsync();
            await db.PeerSupporterProfiles.Where(p => p.UserId == peer.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ActiveMatches, p => p.ActiveMatches + 1));
            return match.Id;
        });

    public static async Task<T> InDbAsync<T>(this CirclesApp app, TestOrganization organization, Func<CirclesDb, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        return await work(scope.ServiceProvider.GetRequiredService<CirclesDb>());
    }

    public static Task InDbAsync(this CirclesApp app, TestOrganization organization, Func<CirclesDb, Task> work) =>
        app.InDbAsync(organization, async db => { await work(db); return true; });

    /// <summary>The ranking as the pages compute it.</summary>
    public static Task<IReadOnlyList<RankedPeer>> RankAsync(this CirclesApp app, TestOrganization organization, PeerWish wish, int top = 5) =>
        app.InDbAsync(organization, db => PeerMatching.RankAsync(db, wish, top));

    public static Task<PeerMatch> MatchAsync(this CirclesApp app, TestOrganization organization, Guid id) =>
        app.InDbAsync(organization, db => db.PeerMatches.AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>The member asks for a peer on /peers (Spanish unless said otherwise).</summary>
    public static async Task AskForPeerAsync(this HttpClient member, IDictionary<string, string>? values = null)
    {
        var fields = new Dictionary<string, string> { ["Form.Language"] = "es" };
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }
        var response = await member.SubmitFormAsync("/peers", fields, "form[action$='handler=ask']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The member chooses a peer from their list; returns the new match's id.</summary>
    public static async Task<Guid> ChooseAsync(this CirclesApp app, TestOrganization organization, HttpClient member, TestUser memberUser, TestUser peer)
    {
        var (_, page) = await member.GetPageAsync("/peers");
        var form = page.QuerySelectorAll("form[action$='handler=choose']").OfType<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => f.QuerySelector("input[name=peerUserId]")!.GetAttribute("value") == peer.Id.ToString());
        var response = await member.SubmitAsync(form, "/peers", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.InDbAsync(organization, db => db.PeerMatches
            .Where(m => m.MemberUserId == memberUser.Id && m.PeerUserId == peer.Id).OrderByDescending(m => m.CreatedAt).Select(m => m.Id).FirstAsync());
    }

    /// <summary>Presses a button of the match page (accept, end) as this person.</summary>
    public static async Task<HttpResponseMessage> PressAsync(this HttpClient person, Guid matchId, string handler) =>
        await person.SubmitFormAsync($"/peers/matches/{matchId}", new Dictionary<string, string>(), $"form[action$='handler={handler}']");
}
