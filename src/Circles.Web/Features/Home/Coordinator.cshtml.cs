using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Home;

[Authorize(Policy = Policies.Coordinator)]
public sealed class CoordinatorModel(CirclesDb db, TimeProvider clock) : PageModel
{
    public string OrganizationName { get; private set; } = "";
    public int People { get; private set; }
    public int OpenInvitations { get; private set; }
    public int StaffWithoutTwoFactor { get; private set; }

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        OrganizationName = await db.Organizations.Select(o => o.Name).FirstAsync(HttpContext.RequestAborted);
        People = await db.Users.CountAsync(HttpContext.RequestAborted);
        OpenInvitations = await db.Invitations
            .CountAsync(i => i.RedeemedAt == null && i.RevokedAt == null && i.ExpiresAt > now, HttpContext.RequestAborted);
        string[] staffRoles = [.. Roles.Staff];
        var staffRoleIds = db.Roles.Where(r => staffRoles.Contains(r.Name!)).Select(r => r.Id);
        StaffWithoutTwoFactor = await db.Users
            .Where(u => !u.TwoFactorEnabled && db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoleIds.Contains(ur.RoleId)))
            .CountAsync(HttpContext.RequestAborted);
    }
}
