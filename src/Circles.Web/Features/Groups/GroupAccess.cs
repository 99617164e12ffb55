using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Groups;

/// <summary>What someone asks to do with a group; <see cref="GroupAccess"/> answers.</summary>
public abstract class GroupRequirement : IAuthorizationRequirement;

/// <summary>See the group's page: those in it or running it, and any member of the organization, who may ask to join.</summary>
public sealed class SeeGroup : GroupRequirement;

/// <summary>See what goes on inside: sessions, ground rules. Active and paused members, facilitators, coordinators.</summary>
public sealed class BelongToGroup : GroupRequirement;

/// <summary>Manage it: its facilitators and the coordinators.</summary>
public sealed class ManageGroup : GroupRequirement;

/// <summary>
/// THE rule for who may see and manage a group (SEC-19). Pages load the group (already scoped to
/// the organization), ask <see cref="IAuthorizationService"/>, and answer 404 when refused.
/// </summary>
public sealed class GroupAccess(GroupViewers viewers, IHttpContextAccessor http) : AuthorizationHandler<GroupRequirement, SupportGroup>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, GroupRequirement requirement, SupportGroup group)
    {
        var viewer = await viewers.OfAsync(context.User, group, http.HttpContext?.RequestAborted ?? default);
        if (viewer is not null && Allows(viewer, requirement, context))
        {
            context.Succeed(requirement);
        }
    }

    private static bool Allows(GroupViewer viewer, GroupRequirement requirement, AuthorizationHandlerContext context) => requirement switch
    {
        SeeGroup => viewer.CanManage || viewer.Membership is not null
            || context.User.IsInRole(Roles.Member) || context.User.IsInRole(Roles.PeerSupporter),
        BelongToGroup => viewer.IsInGroup,
        ManageGroup => viewer.CanManage,
        _ => false,
    };
}
