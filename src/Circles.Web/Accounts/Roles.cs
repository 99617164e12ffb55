namespace Circles.Web.Accounts;

/// <summary>The roles a person can hold within their organization; a person may hold several.</summary>
public static class Roles
{
    public const string Coordinator = "Coordinator";
    public const string Facilitator = "Facilitator";
    public const string PeerSupporter = "PeerSupporter";
    public const string Member = "Member";
    public const string Volunteer = "Volunteer";
    public const string Partner = "Partner";

    /// <summary>In the order that decides which home a person with several roles lands on.</summary>
    public static readonly IReadOnlyList<string> All = [Coordinator, Facilitator, PeerSupporter, Partner, Volunteer, Member];

    /// <summary>
    /// Roles that can reach other people's data: they need a 15-character password (SEC-12) and
    /// two-factor sign-in before they see member data (SEC-10).
    /// </summary>
    public static readonly IReadOnlySet<string> Staff = new HashSet<string> { Coordinator, Facilitator, Partner };

    public static bool IsKnown(string role) => All.Contains(role);
}
