using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Circles.Web.Accounts;

/// <summary>
/// SEC-10: staff reach member data only once they have a second factor (an authenticator app or
/// a passkey) and this session has been given it: at sign-in, on enrolling, or on "Confirm it
/// is you". The second half matters for passkeys: someone whose only second factor is a passkey
/// can still sign in with the password alone, and such a session must not reach member data.
/// </summary>
public sealed class StaffTwoFactorRequirement : IAuthorizationRequirement;

public sealed class StaffTwoFactorHandler(IConfiguration configuration, IHttpContextAccessor http) : AuthorizationHandler<StaffTwoFactorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffTwoFactorRequirement requirement)
    {
        var demoMode = configuration.GetValue<bool>("Demo:Enabled");
        var twoStepSession = context.User.HasClaim(CirclesClaims.TwoFactorEnabled, "true")
            && http.HttpContext is { } request
            && SessionFactors.Of(request)?.SecondFactorGivenAt is not null;
        if (demoMode || !context.User.IsStaff() || twoStepSession)
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
