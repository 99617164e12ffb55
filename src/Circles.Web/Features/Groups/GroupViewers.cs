using System.Security.Claims;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Groups;

/// <summary>
/// Finds what the signed-in person is to a group: the facts that <see cref="GroupAccess"/> decides
/// from, and that pages show (manage buttons, the meeting place) once access is granted.
/// Scoped: within one request the facts are found once, so the handler's decision and the page
/// it lets through read the same answer, and a group page costs one small query, not four.
/// </summary>
public sealed class GroupViewers(CirclesDb db)
{
    private readonly Dictionary<(Guid User, Guid Group), GroupViewer> _found = [];

    /// <summary>Null for someone not signed in.</summary>
    public async Task<GroupViewer?> OfAsync(ClaimsPrincipal user, SupportGroup group, CancellationToken cancellationToken) =>
        await OfAsync(user, group.Id, cancellationToken);

    /// <summary>
    /// For a page or a record that names a group (a session): null when the group is not in the
    /// caller's organization or the caller is not signed in.
    /// </summary>
    public async Task<GroupViewer?> OfAsync(ClaimsPrincipal user, Guid groupId, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return null;
        }
        if (_found.TryGetValue((userId, groupId), out var known))
        {
            return known;
        }
        var found = await GroupAndFactsOf(db, groupId, userId, cancellationToken);
        if (found is null)
        {
            return null;
        }
        return _found[(userId, groupId)] = new GroupViewer(
            found.Group, userId, user.IsInRole(Roles.Coordinator), found.IsFacilitator, found.Membership);
    }

    private sealed record GroupAndFacts(SupportGroup Group, bool IsFacilitator, MembershipStatus? Membership);

    // The group and both facts in one query (issue 17: every group, session and discussion page
    // asks), compiled once rather than translated again on every request.
    private static readonly Func<CirclesDb, Guid, Guid, CancellationToken, Task<GroupAndFacts?>> GroupAndFactsOf = EF.CompileAsyncQuery(
        (CirclesDb db, Guid groupId, Guid userId, CancellationToken cancellationToken) => db.SupportGroups
            .Where(g => g.Id == groupId)
            .Select(g => new GroupAndFacts(
                g,
                db.GroupFacilitators.Any(f => f.GroupId == g.Id && f.UserId == userId),
                db.GroupMemberships
                    .Where(m => m.GroupId == g.Id && m.UserId == userId)
                    .Select(m => (MembershipStatus?)m.Status)
                    .FirstOrDefault()))
            .FirstOrDefault());
}
