using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Notifications;

/// <summary>What the navigation badges show: unread notifications and unread direct messages.</summary>
public sealed record UnreadCounts(int Notifications, int Messages)
{
    public static readonly UnreadCounts None = new(0, 0);

    public static async Task<UnreadCounts> ForAsync(CirclesDb db, Guid userId, CancellationToken cancellationToken) => new(
        await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken),
        await db.DirectMessages.CountAsync(m => m.RecipientUserId == userId && m.ReadAt == null && m.HiddenAt == null, cancellationToken));
}

/// <summary>The layout's view of <see cref="UnreadCounts"/> for whoever is signed in.</summary>
public sealed class UnreadBadges(CirclesDb db, IHttpContextAccessor http)
{
    public async Task<UnreadCounts> GetAsync(CancellationToken cancellationToken) =>
        http.HttpContext?.User.GetUserId() is { } userId
            ? await UnreadCounts.ForAsync(db, userId, cancellationToken)
            : UnreadCounts.None;
}
