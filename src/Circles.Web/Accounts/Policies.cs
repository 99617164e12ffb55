using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Accounts;

/// <summary>
/// Every page names one of these policies (SEC-18). Every policy but <see cref="Account"/> also
/// requires staff to have two-step sign-in (SEC-10), except in demo mode.
/// </summary>
public static class Policies
{
    /// <summary>Signed in, and staff have two-step sign-in: what any page showing other people's data needs.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>
    /// Signed in, and staff may still be enrolling. Only for the pages about one's own account
    /// (enrolling two-step sign-in, passkeys, confirming it is you, sessions, signing
    /// out, keeping a session alive, the first-time safety page): staff who have not enrolled
    /// yet must reach these, or they could never enrol. None of them shows anyone else's data.
    /// </summary>
    public const string Account = "Account";

    public const string Coordinator = "Coordinator";
    public const string Facilitator = "Facilitator";
    public const string PeerSupporter = "PeerSupporter";
    public const string Member = "Member";
    public const string Volunteer = "Volunteer";
    public const string Partner = "Partner";

    public static void Register(AuthorizationOptions options)
    {
        // Deny by default: an endpoint without its own policy still needs a signed-in user, and
        // staff with two-step sign-in.
        options.FallbackPolicy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new StaffTwoFactorRequirement())
            .Build();

        options.AddPolicy(Account, p => p.RequireAuthenticatedUser().RequireClaim(CirclesClaims.OrganizationId));
        options.AddPolicy(SignedIn, p => p
            .RequireAuthenticatedUser()
            .RequireClaim(CirclesClaims.OrganizationId)
            .AddRequirements(new StaffTwoFactorRequirement()));
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
