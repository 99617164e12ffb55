using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Needs;

/// <summary>See and act on a need as the member who raised it.</summary>
public sealed class OwnNeed : IAuthorizationRequirement;

/// <summary>A member's page of a need is theirs alone: anyone else's need answers 404 (SEC-19, SEC-21).</summary>
public sealed class NeedAccess : AuthorizationHandler<OwnNeed, Need>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnNeed requirement, Need need)
    {
        if (context.User.GetUserId() == need.MemberUserId)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
