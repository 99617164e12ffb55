using Circles.Web.Features.Groups;
using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Sessions;

/// <summary>What someone asks to do with a session; <see cref="SessionAccess"/> answers.</summary>
public abstract class SessionRequirement : IAuthorizationRequirement;

/// <summary>See a session (its time, place, agenda, calendar file): those in its group.</summary>
public sealed class SeeSession : SessionRequirement;

/// <summary>Shape, run and cancel a session: those who manage its group.</summary>
public sealed class ManageSession : SessionRequirement;

/// <summary>
/// A session is for the people of its group (SEC-19): its active and paused members, its
/// facilitators and the coordinators; anyone else is answered 404.
/// </summary>
public sealed class SessionAccess(GroupViewers viewers, IHttpContextAccessor http) : AuthorizationHandler<SessionRequirement, GroupSession>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SessionRequirement requirement, GroupSession session)
    {
        var viewer = await viewers.OfAsync(context.User, session.GroupId, http.HttpContext?.RequestAborted ?? default);
        var allowed = requirement switch
        {
            SeeSession => viewer?.IsInGroup == true,
            ManageSession => viewer?.CanManage == true,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
