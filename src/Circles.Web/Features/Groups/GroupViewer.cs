using Circles.Web.Accounts;

namespace Circles.Web.Features.Groups;

/// <summary>
/// What the signed-in person is to a group: its coordinator, one of its facilitators, or a member
/// in some status. Computed once per request by <see cref="GroupViewers"/>; who may do what with
/// the group is decided from these facts by <see cref="GroupAccess"/> alone (SEC-19).
/// </summary>
public sealed record GroupViewer(SupportGroup Group, Guid UserId, bool IsCoordinator, bool IsFacilitator, MembershipStatus? Membership)
{
    public bool CanManage => IsCoordinator || IsFacilitator;
    public bool IsActiveMember => Membership == MembershipStatus.Active;

    /// <summary>Those who manage it and its active or paused members: sessions and ground rules are for them.</summary>
    public bool IsInGroup => CanManage || Membership is MembershipStatus.Active or MembershipStatus.Paused;

    /// <summary>The meeting place is for the people in the room only.</summary>
    public bool CanSeePlace => CanManage || IsActiveMember;
}
