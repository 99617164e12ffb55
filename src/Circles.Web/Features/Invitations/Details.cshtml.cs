using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Invitations;

/// <summary>One invitation and its state; an open one can be revoked. Another organization's id answers 404 (SEC-19).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class DetailsModel(CirclesDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public Invitation Invitation { get; private set; } = null!;
    public InvitationState State { get; private set; }
    public string? RedeemedBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, HttpContext.RequestAborted);
        if (invitation is null)
        {
            return NotFound();
        }
        Invitation = invitation;
        State = invitation.StateAt(clock.GetUtcNow().UtcDateTime);
        RedeemedBy = invitation.RedeemedByUserId is { } userId
            ? await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(HttpContext.RequestAborted)
            : null;
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, HttpContext.RequestAborted);
        if (invitation is null)
        {
            return NotFound();
        }
        if (invitation.StateAt(now) == InvitationState.Open)
        {
            invitation.RevokedAt = now;
            audit.Record(invitation.OrganizationId, User.GetUserId(), AuditActions.InvitationRevoked, invitation.Id.ToString());
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        return RedirectToPage(new { id });
    }
}
