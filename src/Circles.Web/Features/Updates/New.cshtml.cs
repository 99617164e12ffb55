using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Updates;

/// <summary>Posting a win or a setback to volunteers, partners or both (audited, SEC-32).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class NewModel(CirclesDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public UpdateForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var update = new OrganizerUpdate
        {
            Title = "",
            Body = "",
            PostedAt = clock.GetUtcNow().UtcDateTime,
            PostedByUserId = User.GetUserId(),
        };
        Form.ApplyTo(update);
        db.OrganizerUpdates.Add(update);
        audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.UpdatePosted, update.Id.ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Updates/Index", new { done = "posted" });
    }
}
