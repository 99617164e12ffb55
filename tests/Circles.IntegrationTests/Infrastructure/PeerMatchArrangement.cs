using Circles.Web.Data;
using Circles.Web.Features.Blocks;
using Circles.Web.Features.Peers;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// The one way the integration tests make a peer match (and a block between two people) straight
/// in the database. Tests of how a match is proposed and accepted go through the pages instead
/// (Features/Peers/MatchArrangement.ChooseAsync).
/// </summary>
public static class PeerMatchArrangement
{
    /// <summary>
    /// Adds a match to this unit of work without saving, so that a test can save it with what hangs
    /// off it (messages). Active and ended matches were accepted by both sides when they began.
    /// </summary>
    public static PeerMatch AddMatch(
        this CirclesDb db, DateTime now, Guid memberUserId, Guid peerUserId, PeerMatchStatus status = PeerMatchStatus.Active,
        Guid? coordinatorUserId = null, Guid? proposedByUserId = null)
    {
        var began = status is PeerMatchStatus.Active or PeerMatchStatus.Ended;
        var match = new PeerMatch
        {
            MemberUserId = memberUserId,
            PeerUserId = peerUserId,
            ProposedByUserId = proposedByUserId ?? memberUserId,
            CoordinatorUserId = coordinatorUserId,
            Status = status,
            CreatedAt = now,
            MemberAcceptedAt = began ? now : null,
            PeerAcceptedAt = began ? now : null,
            ActiveSince = began ? now : null,
            EndedAt = status == PeerMatchStatus.Ended ? now : null,
        };
        db.PeerMatches.Add(match);
        return match;
    }

    /// <summary>A match between the organization's member and peer supporter unless others are given; active unless said otherwise.</summary>
    public static Task<Guid> CreateMatchAsync(
        this CirclesApp app, TestOrganization organization, PeerMatchStatus status = PeerMatchStatus.Active,
        TestUser? member = null, TestUser? peer = null, Guid? coordinatorUserId = null) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var match = db.AddMatch(app.Clock.GetUtcNow().UtcDateTime, (member ?? organization.Member).Id, (peer ?? organization.PeerSupporter).Id,
                status, coordinatorUserId);
            await db.SaveChangesAsync();
            return match.Id;
        });

    /// <summary>
    /// An active match that counts against the peer supporter's capacity, their count of active
    /// matches raised as PeerLoad does when a match begins (for load and exclusion tests).
    /// </summary>
    public static async Task<Guid> ActiveMatchAsync(this CirclesApp app, TestOrganization organization, TestUser member, TestUser peer)
    {
        var matchId = await app.CreateMatchAsync(organization, member: member, peer: peer);
        await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.Where(p => p.UserId == peer.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ActiveMatches, p => p.ActiveMatches + 1)));
        return matchId;
    }

    public static Task BlockAsync(this CirclesApp app, TestOrganization organization, TestUser blocker, TestUser blocked) =>
        app.InOrganizationAsync(organization, async db =>
        {
            db.MemberBlocks.Add(new MemberBlock { BlockerUserId = blocker.Id, BlockedUserId = blocked.Id, CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            return await db.SaveChangesAsync();
        });
}
