using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Moderation;

/// <summary>
/// The one rule for blocks: a block works both ways for visibility (neither sees the other's
/// posts) and stops the blocked person from messaging the one who blocked them.
/// </summary>
public static class Blocking
{
    /// <summary>Whether either of the two blocked the other.</summary>
    public static Task<bool> BetweenAsync(CirclesDb db, Guid oneUserId, Guid otherUserId, CancellationToken cancellationToken) =>
        db.MemberBlocks.AnyAsync(
            b => (b.BlockerUserId == oneUserId && b.BlockedUserId == otherUserId)
              || (b.BlockerUserId == otherUserId && b.BlockedUserId == oneUserId),
            cancellationToken);

    /// <summary>Everyone whose posts <paramref name="userId"/> must not see, and who must not see theirs.</summary>
    public static async Task<IReadOnlyList<Guid>> HiddenFromAsync(CirclesDb db, Guid userId, CancellationToken cancellationToken) =>
        await HiddenFrom(db, userId).Distinct().ToListAsync(cancellationToken);

    /// <summary>
    /// The same people as a query, for a query that reads posts to include as its own subquery
    /// (issue 17: one query fewer on every group page for the discussion's unread count).
    /// </summary>
    public static IQueryable<Guid> HiddenFrom(CirclesDb db, Guid userId) =>
        // Both directions in one query.
        db.MemberBlocks
            .Where(b => b.BlockerUserId == userId || b.BlockedUserId == userId)
            .Select(b => b.BlockerUserId == userId ? b.BlockedUserId : b.BlockerUserId);
}
