namespace Circles.BrowserTests.Infrastructure;

/// <summary>A demo account (one per role) and the home page its role lands on.</summary>
public sealed record DemoAccount(string Role, string UserName)
{
    /// <summary>The value of <c>data-role-home</c> on the role's home page, and the last segment of its path.</summary>
    public string HomePath => "/home/" + Role;

    public override string ToString() => UserName;
}

public static class DemoAccounts
{
    public static readonly DemoAccount Coordinator = new("coordinator", "demo-coordinator");
    public static readonly DemoAccount Facilitator = new("facilitator", "demo-facilitator");
    public static readonly DemoAccount Member = new("member", "demo-member");
    public static readonly DemoAccount Peer = new("peer", "demo-peer");
    public static readonly DemoAccount Volunteer = new("volunteer", "demo-volunteer");
    public static readonly DemoAccount Partner = new("partner", "demo-partner");

    public static readonly IReadOnlyList<DemoAccount> All = [Coordinator, Facilitator, Member, Peer, Volunteer, Partner];

    public static DemoAccount ForRole(string role) => All.Single(a => a.Role == role);
}
