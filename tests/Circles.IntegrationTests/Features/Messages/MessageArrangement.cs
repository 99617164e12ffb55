using System.Net;
using System.Text;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Blocks;
using Circles.Web.Features.Crisis;
using Circles.Web.Features.Messages;
using Circles.Web.Features.Peers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Circles.IntegrationTests.Features.Messages;

/// <summary>Matches, blocks and crisis phrases straight in the database; messages sent the way a browser without JavaScript sends them.</summary>
public static class MessageArrangement
{
    public static async Task<Guid> CreateMatchAsync(
        this CirclesApp app, TestOrganization organization, PeerMatchStatus status = PeerMatchStatus.Active,
        TestUser? member = null, TestUser? peer = null, Guid? coordinatorUserId = null)
    {
        member ??= organization.Member;
        peer ??= organization.PeerSupporter;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return await app.InOrganizationAsync(organization, async db =>
        {
            var match = new PeerMatch
            {
                MemberUserId = member.Id,
                PeerUserId = peer.Id,
                ProposedByUserId = member.Id,
                CoordinatorUserId = coordinatorUserId,
                Status = status,
                CreatedAt = now,
                MemberAcceptedAt = status is PeerMatchStatus.Active or PeerMatchStatus.Ended ? now : null,
                PeerAcceptedAt = status is PeerMatchStatus.Active or PeerMatchStatus.Ended ? now : null,
                ActiveSince = status is PeerMatchStatus.Active or PeerMatchStatus.Ended ? now : null,
                EndedAt = status == PeerMatchStatus.Ended ? now : null,
            };
            db.PeerMatches.Add(match);
            await db.SaveChangesAsync();
            return match.Id;
        });
    }

    public static Task SetMatchStatusAsync(this CirclesApp app, TestOrganization organization, Guid matchId, PeerMatchStatus status) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var match = await db.PeerMatches.SingleAsync(m => m.Id == matchId);
            match.Status = status;
            return await db.SaveChangesAsync();
        });

    public static Task BlockAsync(this CirclesApp app, TestOrganization organization, TestUser blocker, TestUser blocked) =>
        app.InOrganizationAsync(organization, async db =>
        {
            db.MemberBlocks.Add(new MemberBlock { BlockerUserId = blocker.Id, BlockedUserId = blocked.Id, CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            return await db.SaveChangesAsync();
        });

    /// <summary>The crisis helper seeds the real lists; these tests bring their own phrase.</summary>
    public static Task AddCrisisPhraseAsync(this CirclesApp app, TestOrganization organization, string language, string phrase, CrisisCategory category = CrisisCategory.SelfHarm) =>
        app.InOrganizationAsync(organization, async db =>
        {
            if (!await db.CrisisPhrases.AnyAsync(p => p.Language == language && p.Phrase == phrase))
            {
                db.CrisisPhrases.Add(new CrisisPhrase { Language = language, Phrase = phrase, Category = category });
            }
            return await db.SaveChangesAsync();
        });

    public static Task<int> MessageCountAsync(this CirclesApp app, TestOrganization organization) =>
        app.InOrganizationAsync(organization, db => db.DirectMessages.CountAsync());

    public static string PathOf(Guid matchId) => Conversations.PathOf(matchId);

    /// <summary>Sends a message through the conversation's own form. Returns the answer to the POST.</summary>
    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, Guid matchId, string text) =>
        client.SubmitFormAsync(PathOf(matchId), new Dictionary<string, string> { ["Form.Text"] = text }, "form[data-send-form]");

    public static void AssertNotFound(HttpResponseMessage response, string what) =>
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what}: expected 404, got {(int)response.StatusCode}");
}
