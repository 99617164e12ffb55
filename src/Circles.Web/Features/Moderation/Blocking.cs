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
        // Both directions in one query. The rule is written out a second time in DiscussionReading's
        // compiled unread count (issue 17: every group page shows it, and EF cannot compile a call
        // to a method): change both.
        await db.MemberBlocks
            .Where(b => b.BlockerUserId == userId || b.BlockedUserId == userId)
            .Select(b => b.BlockerUserId == userId ? b.BlockedUserId : b.BlockerUserId)
            .Distinct()
            .ToListAsync(cancellationToken);
}
