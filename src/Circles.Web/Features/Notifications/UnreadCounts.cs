using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Notifications;

/// <summary>What the navigation badges show: unread notifications and unread direct messages.</summary>
public sealed record UnreadCounts(int Notifications, int Messages)
{
    public static readonly UnreadCounts None = new(0, 0);

    /// <summary>Both counts in one query (every signed-in page asks, issue 17); none for someone not in the current organization.</summary>
    public static async Task<UnreadCounts> ForAsync(CirclesDb db, Guid userId, CancellationToken cancellationToken) =>
        await Counted(db, userId, cancellationToken) ?? None;

    // Compiled once rather than translated again on every page.
    private static readonly Func<CirclesDb, Guid, CancellationToken, Task<UnreadCounts?>> Counted = EF.CompileAsyncQuery(
        (CirclesDb db, Guid userId, CancellationToken cancellationToken) => db.Users
            .Where(u => u.Id == userId)
            .Select(u => new UnreadCounts(
                db.Notifications.Count(n => n.UserId == userId && n.ReadAt == null),
                db.DirectMessages.Count(m => m.RecipientUserId == userId && m.ReadAt == null && m.HiddenAt == null)))
            .FirstOrDefault());
}

/// <summary>The layout's view of <see cref="UnreadCounts"/> for whoever is signed in.</summary>
public sealed class UnreadBadges(CirclesDb db, IHttpContextAccessor http)
{
    public async Task<UnreadCounts> GetAsync(CancellationToken cancellationToken) =>
        http.HttpContext?.User.GetUserId() is { } userId
            ? await UnreadCounts.ForAsync(db, userId, cancellationToken)
            : UnreadCounts.None;
}
