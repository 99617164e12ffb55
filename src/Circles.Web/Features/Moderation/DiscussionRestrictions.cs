using Circles.Web.Data;
using Circles.Web.Features.Discussions;
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

    /// <summary>Restrictions that apply at <paramref name="now"/> (its condition is also in <see cref="KindsInForce"/>: change both).</summary>
    public static IQueryable<DiscussionRestriction> InForce(CirclesDb db, DateTime now) =>
        db.DiscussionRestrictions.Where(r => r.CreatedAt <= now && (r.Until == null || r.Until > now));

    // What CurrentAsync reads, compiled once (issue 17: every group page asks whether its viewer
    // may read the discussion). EF cannot compile a call to InForce, so its condition is written
    // out again here: the two must stay the same.
    private static readonly Func<CirclesDb, Guid, Guid, DateTime, IAsyncEnumerable<DiscussionRestrictionKind>> KindsInForce = EF.CompileAsyncQuery(
        (CirclesDb db, Guid groupId, Guid userId, DateTime now) => db.DiscussionRestrictions
            .Where(r => r.CreatedAt <= now && (r.Until == null || r.Until > now))
            .Where(r => r.GroupId == groupId && r.UserId == userId)
            .Select(r => r.Kind));
}
