using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Accounts;

/// <summary>
/// Every page names one of these policies (SEC-18). Staff policies also require two-factor
/// sign-in to be enrolled (SEC-10), except in demo mode.
/// </summary>
public static class Policies
{
    public const string SignedIn = "SignedIn";
    public const string Coordinator = "Coordinator";
    public const string Facilitator = "Facilitator";
    public const string PeerSupporter = "PeerSupporter";
    public const string Member = "Member";
    public const string Volunteer = "Volunteer";
    public const string Partner = "Partner";

    public static void Register(AuthorizationOptions options)
    {
        // Deny by default: an endpoint without its own policy still needs a signed-in user.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();

        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser().RequireClaim(CirclesClaims.OrganizationId));
        AddRolePolicy(options, Coordinator, Roles.Coordinator);
        AddRolePolicy(options, Facilitator, Roles.Facilitator, Roles.Coordinator);
        AddRolePolicy(options, PeerSupporter, Roles.PeerSupporter);
        AddRolePolicy(options, Member, Roles.Member, Roles.PeerSupporter);
        AddRolePolicy(options, Volunteer, Roles.Volunteer);
        AddRolePolicy(options, Partner, Roles.Partner);
    }

    private static void AddRolePolicy(AuthorizationOptions options, string name, params string[] roles) =>
        options.AddPolicy(name, p => p
            .RequireAuthenticatedUser()
            .RequireClaim(CirclesClaims.OrganizationId)
            .RequireRole(roles)
            .AddRequirements(new StaffTwoFactorRequirement()));
}
