using Circles.Web.Data;
using Circles.Web.Features.Live;
using Circles.Web.Features.Notifications;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Peers;

/// <summary>
/// The consent rules of a match, in one place for the three pages that change matches: nobody is
/// in contact until both sides accepted; either side can say no or end it at any time without a
/// reason, and the other is told in neutral words. Every change renews the match's Version, so two
/// clicks at once cannot both win (the loser gets <see cref="DbUpdateConcurrencyException"/>).
/// </summary>
public sealed class PeerMatchFlow(CirclesDb db, Notifier notifier, AuditLog audit, CurrentOrganization organization, LiveUpdates live, TimeProvider clock)
{
    /// <summary>The member chose a peer from their ranked list: they have accepted already; the peer is asked.</summary>
    public async Task<PeerMatch> ProposeByMemberAsync(PeerRequest request, Guid peerUserId, CancellationToken cancellationToken)
    {
        var now = Now;
        var match = new PeerMatch
        {
            RequestId = request.Id,
            MemberUserId = request.MemberUserId,
            PeerUserId = peerUserId,
            ProposedByUserId = request.MemberUserId,
            MemberAcceptedAt = now,
            CreatedAt = now,
        };
        db.PeerMatches.Add(match);
        await notifier.NotifyAsync([peerUserId], NotificationKind.MatchProposed, "/Peers/Match", new { id = match.Id }, cancellationToken);
        audit.Record(organization.Id, request.MemberUserId, AuditActions.MatchProposed, match.Id.ToString());
        await SaveAndTellAsync(match, [peerUserId], cancellationToken);
        return match;
    }

    /// <summary>A coordinator suggests a peer: neither side has accepted; both are asked.</summary>
    public async Task<PeerMatch> ProposeByCoordinatorAsync(PeerRequest request, Guid peerUserId, Guid coordinatorUserId, CancellationToken cancellationToken)
    {
        var match = new PeerMatch
        {
            RequestId = request.Id,
            MemberUserId = request.MemberUserId,
            PeerUserId = peerUserId,
            ProposedByUserId = coordinatorUserId,
            CoordinatorUserId = coordinatorUserId,
            CreatedAt = Now,
        };
        db.PeerMatches.Add(match);
        await notifier.NotifyAsync([request.MemberUserId, peerUserId], NotificationKind.MatchProposed, "/Peers/Match", new { id = match.Id }, cancellationToken);
        audit.Record(organization.Id, coordinatorUserId, AuditActions.MatchProposed, match.Id.ToString());
        await SaveAndTellAsync(match, [request.MemberUserId, peerUserId], cancellationToken);
        return match;
    }

    /// <summary>
    /// One side accepts; when both have, the match begins and both are told. False, with nothing
    /// saved, when it would begin but the peer supporter has no room left (they lowered their
    /// number, or other connections began since the proposal).
    /// </summary>
    public async Task<bool> AcceptAsync(PeerMatch match, Guid userId, CancellationToken cancellationToken)
    {
        if (match.Status != PeerMatchStatus.Proposed)
        {
            return true;
        }
        var now = Now;
        if (userId == match.MemberUserId)
        {
            match.MemberAcceptedAt ??= now;
        }
        else if (userId == match.PeerUserId)
        {
            match.PeerAcceptedAt ??= now;
        }
        else
        {
            return true;
        }
        if (match.MemberAcceptedAt is not null && match.PeerAcceptedAt is not null)
        {
            // The place and the match change together or not at all (PeerLoad).
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await PeerLoad.TryTakePlaceAsync(db, match.PeerUserId, cancellationToken))
            {
                // Nothing of this acceptance is kept: the person is told why and can try again later.
                await db.Entry(match).ReloadAsync(cancellationToken);
                return false;
            }
            match.Status = PeerMatchStatus.Active;
            match.ActiveSince = now;
            if (match.RequestId is { } requestId)
            {
                var request = await db.PeerRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
                if (request is not null)
                {
                    request.Status = PeerRequestStatus.Matched;
                }
                // Other suggestions for the same request are no longer needed.
                var others = await db.PeerMatches
                    .Where(m => m.RequestId == requestId && m.Id != match.Id && m.Status == PeerMatchStatus.Proposed)
                    .ToListAsync(cancellationToken);
                foreach (var other in others)
                {
                    other.Status = PeerMatchStatus.Declined;
                    other.EndedAt = now;
                }
            }
            await notifier.NotifyAsync([match.MemberUserId, match.PeerUserId], NotificationKind.MatchStarted, "/Messages/Conversation", new { id = match.Id }, cancellationToken);
            audit.Record(organization.Id, userId, AuditActions.MatchStarted, match.Id.ToString());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await TellAsync(match, [match.MemberUserId, match.PeerUserId], cancellationToken);
            return true;
        }
        await SaveAndTellAsync(match, [match.OtherThan(userId)], cancellationToken);
        return true;
    }

    /// <summary>
    /// Saying no to a proposal, or ending an active match: no reason asked. The other person (both,
    /// when a coordinator ends it) gets a neutral notice.
    /// </summary>
    public async Task EndAsync(PeerMatch match, Guid userId, CancellationToken cancellationToken)
    {
        if (match.Status is not (PeerMatchStatus.Proposed or PeerMatchStatus.Active))
        {
            return;
        }
        var wasActive = match.Status == PeerMatchStatus.Active;
        match.Status = wasActive ? PeerMatchStatus.Ended : PeerMatchStatus.Declined;
        match.EndedAt = Now;
        match.EndedByUserId = userId;
        Guid[] others = match.Involves(userId) ? [match.OtherThan(userId)] : [match.MemberUserId, match.PeerUserId];
        await notifier.NotifyAsync(others, NotificationKind.MatchEnded, "/Peers/Index", null, cancellationToken);
        audit.Record(organization.Id, userId, AuditActions.MatchEnded, match.Id.ToString());
        // The freed place and the ended match are saved together (PeerLoad): if the end loses a
        // race with another change to the match, the place is not freed either.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (wasActive)
        {
            await PeerLoad.FreePlaceAsync(db, match.PeerUserId, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await TellAsync(match, others, cancellationToken);
    }

    /// <summary>The member no longer wants a peer for this request; suggestions waiting on it stop.</summary>
    public async Task WithdrawAsync(PeerRequest request, CancellationToken cancellationToken)
    {
        request.Status = PeerRequestStatus.Withdrawn;
        var waiting = await db.PeerMatches
            .Where(m => m.RequestId == request.Id && m.Status == PeerMatchStatus.Proposed)
            .ToListAsync(cancellationToken);
        foreach (var match in waiting)
        {
            match.Status = PeerMatchStatus.Declined;
            match.EndedAt = Now;
            match.EndedByUserId = request.MemberUserId;
            audit.Record(organization.Id, request.MemberUserId, AuditActions.MatchEnded, match.Id.ToString());
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task SaveAndTellAsync(PeerMatch match, IReadOnlyCollection<Guid> told, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await TellAsync(match, told, cancellationToken);
    }

    private async Task TellAsync(PeerMatch match, IReadOnlyCollection<Guid> told, CancellationToken cancellationToken)
    {
        await notifier.PushUnreadAsync(told, cancellationToken);
        await live.ChangedAsync([match.MemberUserId, match.PeerUserId], LiveUpdates.MatchTopic(match.Id));
    }
}
