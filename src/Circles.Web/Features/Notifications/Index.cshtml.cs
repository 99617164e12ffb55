using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Notifications;

/// <summary>
/// My notifications, newest first, each with its neutral sentence (<see cref="NotificationTexts"/>)
/// and when. "Open" marks it read and goes to the place inside Circles; "Mark all as read".
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(CirclesDb db, Notifier notifier, TimeProvider clock) : PageModel
{
    private const int Shown = 100;

    public IReadOnlyList<Row> Notifications { get; private set; } = [];

    public sealed record Row(Guid Id, NotificationKind Kind, DateTime CreatedAt, bool Unread);

    public async Task OnGetAsync()
    {
        var userId = User.GetUserId();
        Notifications = await db.Notifications
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt)
            .Take(Shown)
            .Select(n => new Row(n.Id, n.Kind, n.CreatedAt, n.ReadAt == null))
            .ToListAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id)
    {
        var userId = User.GetUserId();
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, HttpContext.RequestAborted);
        if (notification is null)
        {
            return NotFound();
        }
        if (notification.ReadAt is null)
        {
            notification.ReadAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            await notifier.PushUnreadAsync([userId!.Value], HttpContext.RequestAborted);
        }
        // Links are written by Circles itself, but only a path inside Circles is ever followed.
        return Url.IsLocalUrl(notification.Link) ? LocalRedirect(notification.Link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        var userId = User.GetUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        var marked = await db.Notifications
            .Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), HttpContext.RequestAborted);
        if (marked > 0)
        {
            await notifier.PushUnreadAsync([userId!.Value], HttpContext.RequestAborted);
        }
        return RedirectToPage();
    }
}
