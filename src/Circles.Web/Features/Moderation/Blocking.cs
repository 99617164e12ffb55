using System.Linq.Expressions;
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

    /// <summary>
    /// Everyone whose posts <paramref name="userId"/> must not see, and who must not see theirs:
    /// both directions in one query. An expression, so that a compiled query can carry it too
    /// (DiscussionReading's unread count, with LinqKit's <c>Invoke</c> and <c>Expand</c>).
    /// </summary>
    internal static readonly Expression<Func<CirclesDb, Guid, IQueryable<Guid>>> HiddenFrom = (db, userId) => db.MemberBlocks
        .Where(b => b.BlockerUserId == userId || b.BlockedUserId == userId)
        .Select(b => b.BlockerUserId == userId ? b.BlockedUserId : b.BlockerUserId);

    private static readonly Func<CirclesDb, Guid, IQueryable<Guid>> HiddenFromQuery = HiddenFrom.Compile();

    /// <inheritdoc cref="HiddenFrom"/>
    public static async Task<IReadOnlyList<Guid>> HiddenFromAsync(CirclesDb db, Guid userId, CancellationToken cancellationToken) =>
        await HiddenFromQuery(db, userId).Distinct().ToListAsync(cancellationToken);
}
