using System.Security.Claims;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Groups;

/// <summary>
/// What the signed-in person is to a group (SEC-19): its coordinator, one of its facilitators,
/// a member in some status, or a member of the organization who may ask to join. Anyone else
/// gets null, which pages answer with 404.
/// </summary>
public sealed record GroupViewer(SupportGroup Group, Guid UserId, bool IsCoordinator, bool IsFacilitator, MembershipStatus? Membership)
{
    public bool CanManage => IsCoordinator || IsFacilitator;
    public bool IsActiveMember => Membership == MembershipStatus.Active;

    /// <summary>The meeting place is for the people in the room only.</summary>
    public bool CanSeePlace => CanManage || IsActiveMember;

    public static async Task<GroupViewer?> LoadAsync(CirclesDb db, ClaimsPrincipal user, Guid groupId, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return null;
        }
        var group = await db.SupportGroups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null)
        {
            return null;
        }
        var isCoordinator = user.IsInRole(Roles.Coordinator);
        var isFacilitator = await db.GroupFacilitators.AnyAsync(f => f.GroupId == groupId && f.UserId == userId, cancellationToken);
        var membership = await db.GroupMemberships
            .Where(m => m.GroupId == groupId && m.UserId == userId)
            .Select(m => (MembershipStatus?)m.Status)
            .FirstOrDefaultAsync(cancellationToken);
        var mayAskToJoin = user.IsInRole(Roles.Member) || user.IsInRole(Roles.PeerSupporter);
        return isCoordinator || isFacilitator || membership is not null || mayAskToJoin
            ? new GroupViewer(group, userId, isCoordinator, isFacilitator, membership)
            : null;
    }
}
