using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Groups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Moderation;

/// <summary>What someone asks to do with a message or post; <see cref="ReportableMessageAccess"/> answers.</summary>
public abstract class MessageRequirement : IAuthorizationRequirement;

/// <summary>Report it: only someone who can see it, and not its writer.</summary>
public sealed class ReportMessage : MessageRequirement;

/// <summary>Hide or restore it: coordinators any; facilitators posts in their groups.</summary>
public sealed class ModerateMessage : MessageRequirement;

/// <summary>
/// Who may report what: only someone who can see a message may report it — for a direct
/// message, the other person of its match; for a discussion post, an active member or a
/// facilitator of its group who is not removed from the discussion and has no block with the
/// writer. Who may moderate: coordinators, and a group's facilitators for its posts. Anyone else
/// is refused, and pages answer 404 (SEC-19).
/// </summary>
public sealed class ReportableMessageAccess(CirclesDb db, TimeProvider clock, IHttpContextAccessor http)
    : AuthorizationHandler<MessageRequirement, ReportableMessage>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, MessageRequirement requirement, ReportableMessage message)
    {
        if (context.User.GetUserId() is not { } userId)
        {
            return;
        }
        var cancellationToken = http.HttpContext?.RequestAborted ?? default;
        var allowed = requirement switch
        {
            ReportMessage => await MaySeeAsync(message, userId, cancellationToken),
            ModerateMessage => context.User.IsInRole(Roles.Coordinator)
                || (message.GroupId is { } groupId && await db.GroupFacilitators.AnyAsync(f => f.GroupId == groupId && f.UserId == userId, cancellationToken)),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    private async Task<bool> MaySeeAsync(ReportableMessage message, Guid userId, CancellationToken cancellationToken)
    {
        // An erased author's anonymized post carries Guid.Empty: nobody to block or mute (SEC-36).
        if (message.AuthorUserId == userId)
        {
            return false;
        }
        if (message.Kind == MessageKind.DirectMessage)
        {
            // The only other person who sees a direct message is its recipient, in the same match.
            return await db.DirectMessages.AnyAsync(m => m.Id == message.Id && m.RecipientUserId == userId, cancellationToken)
                && await db.PeerMatches.AnyAsync(m => m.Id == message.MatchId && (m.MemberUserId == userId || m.PeerUserId == userId), cancellationToken);
        }
        var groupId = message.GroupId!.Value;
        var inGroup = await db.GroupFacilitators.AnyAsync(f => f.GroupId == groupId && f.UserId == userId, cancellationToken)
            || await db.GroupMemberships.AnyAsync(m => m.GroupId == groupId && m.UserId == userId && m.Status == MembershipStatus.Active, cancellationToken);
        return inGroup
            && await DiscussionRestrictions.CurrentAsync(db, groupId, userId, clock.GetUtcNow().UtcDateTime, cancellationToken) != DiscussionRestrictionKind.Removed
            && !await Blocking.BetweenAsync(db, userId, message.AuthorUserId, cancellationToken);
    }
}
