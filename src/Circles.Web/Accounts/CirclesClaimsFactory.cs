using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Circles.Web.Accounts;

/// <summary>
/// Adds the organization and the two-factor flag to the cookie; roles come from Identity. The
/// flag says the person has a second factor: an authenticator app or a passkey (SEC-10).
/// </summary>
public sealed class CirclesClaimsFactory(
    UserManager<CirclesUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CirclesUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CirclesUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CirclesClaims.OrganizationId, user.OrganizationId.ToString()));
        identity.AddClaim(new Claim(CirclesClaims.TwoFactorEnabled, await SessionFactors.HasSecondFactorAsync(UserManager, user) ? "true" : "false"));
        if (user.SafetyIntroSeenAt is not null)
        {
            identity.AddClaim(new Claim(CirclesClaims.SafetyIntroSeen, "true"));
        }
        return identity;
    }
}
