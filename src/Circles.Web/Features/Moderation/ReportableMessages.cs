using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Moderation;

/// <summary>A message or post as moderation sees it: where it lives, who wrote it, whether it is hidden.</summary>
public sealed record ReportableMessage(
    MessageKind Kind, Guid Id, Guid? GroupId, Guid? MatchId, Guid? CoordinatorUserId, Guid AuthorUserId, string ProtectedBody, DateTime? HiddenAt)
{
    public string Text(FieldProtector protector) => protector.Unprotect(
        Kind == MessageKind.DirectMessage ? FieldPurposes.DirectMessageBody : FieldPurposes.DiscussionPostBody, ProtectedBody) ?? "";
}

/// <summary>
/// Who may report what: only someone who can see a message may report it — for a direct
/// message, the other person of its match; for a discussion post, an active member or a
/// facilitator of its group who is not removed from the discussion and has no block with the
/// writer. Anyone else gets null (pages answer 404, SEC-19).
/// </summary>
public static class ReportableMessages
{
    public static async Task<ReportableMessage?> FindAsync(CirclesDb db, MessageKind kind, Guid id, CancellationToken cancellationToken) =>
        kind switch
        {
            MessageKind.DirectMessage => await db.DirectMessages
                .Where(m => m.Id == id)
                .Join(db.PeerMatches, m => m.MatchId, match => match.Id, (m, match) => new ReportableMessage(
                    MessageKind.DirectMessage, m.Id, null, m.MatchId, match.CoordinatorUserId, m.SenderUserId, m.ProtectedBody, m.HiddenAt))
                .FirstOrDefaultAsync(cancellationToken),
            MessageKind.DiscussionPost => await db.DiscussionPosts
                .Where(p => p.Id == id)
                .Select(p => new ReportableMessage(MessageKind.DiscussionPost, p.Id, p.GroupId, null, null, p.AuthorUserId ?? Guid.Empty, p.ProtectedBody, p.HiddenAt))
                .FirstOrDefaultAsync(cancellationToken),
            _ => null,
        };

    public static async Task<ReportableMessage?> VisibleToAsync(CirclesDb db, MessageKind kind, Guid id, Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        var message = await FindAsync(db, kind, id, cancellationToken);
        // An erased author's anonymized post carries Guid.Empty: nobody to block or mute (SEC-36).
        if (message is null || message.AuthorUserId == userId)
        {
            return null;
        }
        if (kind == MessageKind.DirectMessage)
        {
            // The only other person who sees a direct message is its recipient, in the same match.
            var isRecipient = await db.DirectMessages.AnyAsync(m => m.Id == id && m.RecipientUserId == userId, cancellationToken)
                && await db.PeerMatches.AnyAsync(m => m.Id == message.MatchId && (m.MemberUserId == userId || m.PeerUserId == userId), cancellationToken);
            return isRecipient ? message : null;
        }
        var groupId = message.GroupId!.Value;
        var inGroup = await db.GroupFacilitators.AnyAsync(f => f.GroupId == groupId && f.UserId == userId, cancellationToken)
            || await db.GroupMemberships.AnyAsync(m => m.GroupId == groupId && m.UserId == userId && m.Status == MembershipStatus.Active, cancellationToken);
        if (!inGroup
            || await DiscussionRestrictions.CurrentAsync(db, groupId, userId, now, cancellationToken) == Discussions.DiscussionRestrictionKind.Removed
            || await Blocking.BetweenAsync(db, userId, message.AuthorUserId, cancellationToken))
        {
            return null;
        }
        return message;
    }
}
