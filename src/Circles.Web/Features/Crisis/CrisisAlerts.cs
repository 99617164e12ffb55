using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Moderation;
using Circles.Web.Features.Notifications;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Crisis;

/// <summary>
/// Checks what someone just wrote for crisis language and, when it matches, asks a human to
/// reach out: the group's facilitators for a discussion post, the match's coordinator (or every
/// coordinator when none is named) for a direct message. Nothing is sent outside Circles beyond
/// the opted-in neutral notification. Call before SaveChanges, in the same unit of work as the
/// message, so that a message is never saved without its alert.
/// </summary>
public sealed class CrisisAlerts(CirclesDb db, CrisisDetector detector, Notifier notifier, AuditLog audit, TimeProvider clock)
{
    /// <summary>The people who were asked to reach out; empty when nothing matched.</summary>
    public sealed record Outcome(CrisisMatch? Match, IReadOnlyList<Guid> Responders)
    {
        public bool Matched => Match is not null;
    }

    public async Task<Outcome> CheckDirectMessageAsync(string text, Guid messageId, Guid matchId, Guid? coordinatorUserId, Guid writerUserId, CancellationToken cancellationToken)
    {
        var match = await detector.FindAsync(text, cancellationToken);
        if (match is null)
        {
            return new Outcome(null, []);
        }
        IReadOnlyList<Guid> responders = coordinatorUserId is { } coordinator ? [coordinator] : await CoordinatorsAsync(cancellationToken);
        await RaiseAsync(MessageKind.DirectMessage, messageId, null, matchId, writerUserId, match, responders, cancellationToken);
        return new Outcome(match, responders);
    }

    public async Task<Outcome> CheckDiscussionPostAsync(string text, Guid postId, Guid groupId, Guid writerUserId, CancellationToken cancellationToken)
    {
        var match = await detector.FindAsync(text, cancellationToken);
        if (match is null)
        {
            return new Outcome(null, []);
        }
        IReadOnlyList<Guid> responders = await db.GroupFacilitators.Where(f => f.GroupId == groupId).Select(f => f.UserId).ToListAsync(cancellationToken);
        if (responders.Count == 0)
        {
            responders = await CoordinatorsAsync(cancellationToken);
        }
        await RaiseAsync(MessageKind.DiscussionPost, postId, groupId, null, writerUserId, match, responders, cancellationToken);
        return new Outcome(match, responders);
    }

    private async Task RaiseAsync(
        MessageKind kind, Guid messageId, Guid? groupId, Guid? matchId, Guid writerUserId, CrisisMatch match,
        IReadOnlyList<Guid> responders, CancellationToken cancellationToken)
    {
        var alert = new CrisisAlert
        {
            Kind = kind,
            MessageId = messageId,
            GroupId = groupId,
            MatchId = matchId,
            WriterUserId = writerUserId,
            MatchedPhrase = match.Phrase,
            Category = match.Category,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.CrisisAlerts.Add(alert);
        // The writer does not alert themselves (a facilitator writing in their own group).
        await notifier.NotifyAsync(responders.Where(id => id != writerUserId), NotificationKind.CrisisAlert, "/CrisisAlerts/Index", null, cancellationToken);
        audit.Record(db.CurrentOrganizationId, writerUserId, AuditActions.CrisisAlertRaised, alert.Id.ToString());
    }

    private async Task<IReadOnlyList<Guid>> CoordinatorsAsync(CancellationToken cancellationToken)
    {
        var coordinatorRole = db.Roles.Where(r => r.Name == Roles.Coordinator).Select(r => r.Id);
        return await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && coordinatorRole.Contains(ur.RoleId)))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
    }
}
