using System.Linq.Expressions;
using Circles.Web.Data;
using Circles.Web.Features.Discussions;
using LinqKit;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Moderation;

/// <summary>
/// The one rule for mutes and removals in a group's discussion: a restriction counts from when a
/// facilitator made it until its end (<see cref="DiscussionRestriction.Until"/>, null = until
/// lifted). Lifting sets the end to now, so the record stays. When both apply, removal wins.
/// </summary>
public static class DiscussionRestrictions
{
    /// <summary>What applies to <paramref name="userId"/> in the group's discussion now: Muted (reads, cannot post), Removed (cannot see it), or null.</summary>
    public static async Task<DiscussionRestrictionKind?> CurrentAsync(CirclesDb db, Guid groupId, Guid userId, DateTime now, CancellationToken cancellationToken = default)
    {
        var kinds = await KindsInForce(db, groupId, userId, now).ToListAsync(cancellationToken);
        return kinds.Count == 0 ? null
            : kinds.Contains(DiscussionRestrictionKind.Removed) ? DiscussionRestrictionKind.Removed
            : DiscussionRestrictionKind.Muted;
    }

    /// <summary>
    /// The rule: a restriction applies from its making until its end. An expression, so that the
    /// composed queries (<see cref="InForce"/>) and the compiled one below carry the same condition
    /// (LinqKit's <c>Invoke</c> and <c>Expand</c>).
    /// </summary>
    private static readonly Expression<Func<DiscussionRestriction, DateTime, bool>> AppliesAt =
        (r, now) => r.CreatedAt <= now && (r.Until == null || r.Until > now);

    /// <summary>Restrictions that apply at <paramref name="now"/>.</summary>
    public static IQueryable<DiscussionRestriction> InForce(CirclesDb db, DateTime now) =>
        db.DiscussionRestrictions.Where(Linq.Expr((DiscussionRestriction r) => AppliesAt.Invoke(r, now)).Expand());

    // What CurrentAsync reads, compiled once (issue 17: every group page asks whether its viewer
    // may read the discussion).
    private static readonly Func<CirclesDb, Guid, Guid, DateTime, IAsyncEnumerable<DiscussionRestrictionKind>> KindsInForce = EF.CompileAsyncQuery(
        ((Expression<Func<CirclesDb, Guid, Guid, DateTime, IQueryable<DiscussionRestrictionKind>>>)((db, groupId, userId, now) => db.DiscussionRestrictions
            .Where(r => AppliesAt.Invoke(r, now) && r.GroupId == groupId && r.UserId == userId)
            .Select(r => r.Kind))).Expand());
}
