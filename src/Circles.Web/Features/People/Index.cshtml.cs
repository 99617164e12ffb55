using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.People;

/// <summary>Everyone in the organization with their roles; only coordinators see it.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    /// <summary>Requests to turn off someone's two-step sign-in that wait for a second coordinator.</summary>
    public int PendingTwoStepResets { get; private set; }

    public async Task OnGetAsync()
    {
        var users = await db.Users
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.TwoFactorEnabled, u.ClosedAt })
            .ToListAsync(HttpContext.RequestAborted);
        var userIds = users.Select(u => u.Id).ToList();
        // One query for all roles, not one per person.
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where userIds.Contains(userRole.UserId)
                           select new { userRole.UserId, role.Name })
            .ToListAsync(HttpContext.RequestAborted);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        People = users.Select(u => new PersonRow(u.Id, u.UserName ?? "", [.. rolesByUser[u.Id]], u.TwoFactorEnabled, u.ClosedAt is not null)).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        PendingTwoStepResets = await db.TwoStepResetRequests
            .CountAsync(r => r.ApprovedAt == null && r.CancelledAt == null && r.ExpiresAt > now, HttpContext.RequestAborted);
    }

    public sealed record PersonRow(Guid Id, string UserName, IReadOnlyList<string> Roles, bool TwoFactorEnabled, bool Closed);
}
