using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Moderation;
using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Discussions;

/// <summary>Read a group's discussion (and, as far as <see cref="DiscussionAccess.Posting"/> allows, write in it).</summary>
public sealed class ReadDiscussion : IAuthorizationRequirement;

/// <summary>
/// THE rule for who sees a group's discussion (SEC-19): its active members, its facilitators and
/// coordinators. A member a facilitator removed from the discussion, and every member while the
/// group's discussion is off, are refused, which pages answer with 404.
/// </summary>
public sealed class DiscussionReaders(CirclesDb db, GroupViewers viewers, TimeProvider clock, IHttpContextAccessor http)
    : AuthorizationHandler<ReadDiscussion, SupportGroup>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadDiscussion requirement, SupportGroup group)
    {
        var cancellationToken = http.HttpContext?.RequestAborted ?? default;
        var viewer = await viewers.OfAsync(context.User, group, cancellationToken);
        if (viewer is null || !(viewer.CanManage || viewer.IsActiveMember))
        {
            return;
        }
        if (!viewer.CanManage)
        {
            if (group.DiscussionMode == DiscussionMode.Off)
            {
                return;
            }
            var restriction = await DiscussionRestrictions.CurrentAsync(db, group.Id, viewer.UserId, clock.GetUtcNow().UtcDateTime, cancellationToken);
            if (restriction == DiscussionRestrictionKind.Removed)
            {
                return;
            }
        }
        context.Succeed(requirement);
    }
}
