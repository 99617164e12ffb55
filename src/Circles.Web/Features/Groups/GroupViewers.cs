using System.Security.Claims;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Groups;

/// <summary>
/// Finds what the signed-in person is to a group: the facts that <see cref="GroupAccess"/> decides
/// from, and that pages show (manage buttons, the meeting place) once access is granted.
/// Scoped: within one request the facts are found once, so the handler's decision and the page
/// it lets through read the same answer, and a group page costs two small queries, not four.
/// </summary>
public sealed class GroupViewers(CirclesDb db)
{
    private readonly Dictionary<(Guid User, Guid Group), GroupViewer> _found = [];

    /// <summary>Null for someone not signed in.</summary>
    public async Task<GroupViewer?> OfAsync(ClaimsPrincipal user, SupportGroup group, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return null;
        }
        if (_found.TryGetValue((userId, group.Id), out var known))
        {
            return known;
        }
        var isFacilitator = await db.GroupFacilitators.AnyAsync(f => f.GroupId == group.Id && f.UserId == userId, cancellationToken);
        var membership = await db.GroupMemberships
            .Where(m => m.GroupId == group.Id && m.UserId == userId)
            .Select(m => (MembershipStatus?)m.Status)
            .FirstOrDefaultAsync(cancellationToken);
        return _found[(userId, group.Id)] = new GroupViewer(group, userId, user.IsInRole(Roles.Coordinator), isFacilitator, membership);
    }

    /// <summary>
    /// For a record that belongs to a group (a session): null when the group is not in the
    /// caller's organization or the caller is not signed in.
    /// </summary>
    public async Task<GroupViewer?> OfAsync(ClaimsPrincipal user, Guid groupId, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is { } userId && _found.TryGetValue((userId, groupId), out var known))
        {
            return known;
        }
        var group = await db.SupportGroups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        return group is null ? null : await OfAsync(user, group, cancellationToken);
    }
}
