using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Volunteering;

/// <summary>The volunteer's own hours: only they see or change them (coordinators review them on the queue). Refused answers 404.</summary>
public sealed class OwnHours : IAuthorizationRequirement;

public sealed class HoursAccess : AuthorizationHandler<OwnHours, VolunteerHours>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnHours requirement, VolunteerHours resource)
    {
        if (context.User.GetUserId() == resource.UserId)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
