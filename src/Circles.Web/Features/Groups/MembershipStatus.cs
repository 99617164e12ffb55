namespace Circles.Web.Features.Groups;

public enum MembershipStatus
{
    /// <summary>Asked to join; waits for a facilitator.</summary>
    Requested,

    /// <summary>Invited by a facilitator or coordinator; waits for the person.</summary>
    Invited,

    Active,

    /// <summary>Taking a break, by their own choice; nobody follows up.</summary>
    Paused,

    Left,

    /// <summary>A request a facilitator did not accept.</summary>
    Declined,
}
