using System.Security.Claims;

namespace Circles.Web.Accounts;

/// <summary>Claims Circles adds to the sign-in cookie. They carry ids and flags, never personal data.</summary>
public static class CirclesClaims
{
    public const string OrganizationId = "circles:org";
    public const string SessionId = "circles:sid";
    public const string TwoFactorEnabled = "circles:2fa";
    public const string SafetyIntroSeen = "circles:intro";

    public static Guid? GetOrganizationId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(OrganizationId));

    public static Guid? GetSessionId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(SessionId));

    public static Guid? GetUserId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(ClaimTypes.NameIdentifier));

    public static bool IsStaff(this ClaimsPrincipal user) => Roles.Staff.Any(user.IsInRole);

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
