using Circles.Web.Data;
using Circles.Web.Features.Notifications;
using Circles.Web.Features.Peers;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Messages;

/// <summary>
/// What a person does in their conversations. A conversation is a match: a user id is never an
/// address, so nobody can write to someone they were not matched with (no cold messages); who
/// may open one is <see cref="ConversationAccess"/>'s call.
/// </summary>
public static class Conversations
{
    public const int MaxLength = 4000;
    public const int PageSize = 100;

    /// <summary>
    /// Marks the other person's messages to <paramref name="userId"/> in this conversation as read,
    /// and the matching "new message" notification (the one whose link is <paramref name="link"/>, the
    /// conversation's address) too. Returns whether anything changed.
    /// </summary>
    public static async Task<bool> MarkReadAsync(CirclesDb db, Guid matchId, Guid userId, string link, DateTime now, CancellationToken cancellationToken)
    {
        var unread = await db.DirectMessages
            .Where(m => m.MatchId == matchId && m.RecipientUserId == userId && m.ReadAt == null)
            .ToListAsync(cancellationToken);
        var notifications = await db.Notifications
            .Where(n => n.UserId == userId && n.Kind == NotificationKind.NewMessage && n.Link == link && n.ReadAt == null)
            .ToListAsync(cancellationToken);
        if (unread.Count == 0 && notifications.Count == 0)
        {
            return false;
        }
        unread.ForEach(m => m.ReadAt = now);
        notifications.ForEach(n => n.ReadAt = now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The conversation as the person sees it: oldest to newest, the last <see cref="PageSize"/> before <paramref name="before"/>.</summary>
    public static async Task<MessageList> ListAsync(
        CirclesDb db, FieldProtector protector, PeerMatch match, Guid userId, DateTime? before, CancellationToken cancellationToken)
    {
        var otherId = match.OtherThan(userId);
        var other = await db.Users.Where(u => u.Id == otherId).Select(u => new { u.UserName, u.ShareReadReceipts }).FirstOrDefaultAsync(cancellationToken);
        var otherSharesReceipts = other?.ShareReadReceipts == true;
        var query = db.DirectMessages.Where(m => m.MatchId == match.Id);
        if (before is { } until)
        {
            query = query.Where(m => m.SentAt < until);
        }
        var rows = await query
            .OrderByDescending(m => m.SentAt)
            .Take(PageSize + 1)
            .Select(m => new { m.Id, m.SenderUserId, m.ProtectedBody, m.SentAt, m.ReadAt, m.HiddenAt })
            .ToListAsync(cancellationToken);
        var hasEarlier = rows.Count > PageSize;
        var messages = rows.Take(PageSize)
            .OrderBy(m => m.SentAt)
            .Select(m => new MessageRow(
                m.Id,
                Mine: m.SenderUserId == userId,
                // A hidden message's words never reach the page, not even for its writer.
                Text: m.HiddenAt is null ? protector.Unprotect(FieldPurposes.DirectMessageBody, m.ProtectedBody) ?? "" : null,
                m.SentAt,
                // Read receipts are the recipient's to share: off unless they turned them on.
                ReadAt: m.SenderUserId == userId && otherSharesReceipts ? m.ReadAt : null))
            .ToList();
        return new MessageList(match.Id, otherId, other?.UserName ?? "", messages, hasEarlier ? messages[0].SentAt : null, before);
    }
}

public sealed record MessageRow(Guid Id, bool Mine, string? Text, DateTime SentAt, DateTime? ReadAt)
{
    public bool Hidden => Text is null;
}

/// <summary>What the message list partial shows; <see cref="EarlierThan"/> is set when older messages exist.</summary>
public sealed record MessageList(
    Guid MatchId, Guid OtherUserId, string OtherName, IReadOnlyList<MessageRow> Messages, DateTime? EarlierThan, DateTime? Before)
;
