using Circles.Web.Accounts;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Account;

/// <summary>SEC-16: a person sees where they are signed in and can end any of those sessions.</summary>
[Authorize(Policy = Policies.Account)]
public sealed class SessionsModel(Data.CirclesDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.GetUserId();
        var current = User.GetSessionId();
        Sessions = await db.UserSessions
            .Where(s => s.UserId == userId && s.EndedAt == null)
            .OrderByDescending(s => s.LastSeenAt)
            .Select(s => new SessionRow(s.Id, s.Device, s.CreatedAt, s.LastSeenAt, s.Id == current))
            .ToListAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostEndAsync(Guid id)
    {
        var userId = User.GetUserId();
        var ended = await db.UserSessions
            .Where(s => s.Id == id && s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow().UtcDateTime), HttpContext.RequestAborted);
        if (ended == 0)
        {
            return NotFound();
        }
        audit.Record(User.GetOrganizationId()!.Value, userId, AuditActions.SessionEnded);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return id == User.GetSessionId() ? RedirectToPage("/Account/SignedOut") : RedirectToPage();
    }

    public sealed record SessionRow(Guid Id, string Device, DateTime StartedAt, DateTime LastSeenAt, bool IsThisDevice);
}
