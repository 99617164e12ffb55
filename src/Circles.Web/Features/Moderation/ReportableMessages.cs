using Circles.Web.Data;
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

/// <summary>Finds a message or post for moderation; who may report or moderate it is <see cref="ReportableMessageAccess"/>'s call.</summary>
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
}
