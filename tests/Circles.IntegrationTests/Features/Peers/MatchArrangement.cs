using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Peers;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Peers;

/// <summary>Peer supporter profiles placed straight in the database; requests and answers go through the pages (matches: PeerMatchArrangement).</summary>
public static class MatchArrangement
{
    /// <summary>Gives a person a peer supporter profile with the languages given (Spanish by default).</summary>
    public static async Task ProfileAsync(this CirclesApp app, TestOrganization organization, TestUser peer, Action<PeerSupporterProfile>? configure = null, params string[] languages)
    {
        await app.InOrganizationAsync(organization, async db =>
        {
            var profile = new PeerSupporterProfile
            {
                UserId = peer.Id,
                TrainingCompletedAt = app.Clock.GetUtcNow().UtcDateTime,
                TrainingMarkedByUserId = organization.Coordinator.Id,
                Capacity = 2,
                Languages = languages.Length == 0 ? ["es"] : [.. languages],
                UpdatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            configure?.Invoke(profile);
            db.PeerSupporterProfiles.Add(profile);
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

    /// <summary>The ranking as the pages compute it.</summary>
    public static Task<IReadOnlyList<RankedPeer>> RankAsync(this CirclesApp app, TestOrganization organization, PeerWish wish, int top = 5) =>
        app.InOrganizationAsync(organization, db => PeerMatching.RankAsync(db, wish, top));

    public static Task<PeerMatch> MatchAsync(this CirclesApp app, TestOrganization organization, Guid id) =>
        app.InOrganizationAsync(organization, db => db.PeerMatches.AsNoTracking().SingleAsync(m => m.Id == id));

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
        return await app.InOrganizationAsync(organization, db => db.PeerMatches
            .Where(m => m.MemberUserId == memberUser.Id && m.PeerUserId == peer.Id).OrderByDescending(m => m.CreatedAt).Select(m => m.Id).FirstAsync());
    }

    /// <summary>Presses a button of the match page (accept, end) as this person.</summary>
    public static async Task<HttpResponseMessage> PressAsync(this HttpClient person, Guid matchId, string handler) =>
        await person.SubmitFormAsync($"/peers/matches/{matchId}", new Dictionary<string, string>(), $"form[action$='handler={handler}']");
}
