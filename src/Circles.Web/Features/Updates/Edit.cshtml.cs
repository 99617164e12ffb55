using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Updates;

/// <summary>Changing an update (a concurrent change is detected, SEC-43) or deleting it after a confirmation; both audited (SEC-32).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditModel(CirclesDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public UpdateForm Form { get; set; } = new();

    public Guid Id { get; private set; }
    public bool Conflict { get; private set; }
    public bool DeleteNotConfirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var update = await db.OrganizerUpdates.FirstOrDefaultAsync(u => u.Id == id, HttpContext.RequestAborted);
        if (update is null)
        {
            return NotFound();
        }
        Id = id;
        Form = UpdateForm.From(update);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var update = await db.OrganizerUpdates.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }
        Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExpectVersion(update, Form.Version);
        Form.ApplyTo(update);
        update.ChangedAt = clock.GetUtcNow().UtcDateTime;
        db.Touch(update);
        audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.UpdateChanged, id.ToString());
        if (!await db.TrySaveAsync(cancellationToken))
        {
            db.ChangeTracker.Clear();
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Updates/Index", new { done = "saved" });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid version, bool confirm)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var update = await db.OrganizerUpdates.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }
        Id = id;
        // The delete form carries no update fields: what the edit form would say about them does not apply.
        ModelState.Clear();
        if (!confirm)
        {
            DeleteNotConfirmed = true;
            Form = UpdateForm.From(update);
            return Page();
        }
        db.ExpectVersion(update, version);
        db.OrganizerUpdates.Remove(update);
        audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.UpdateDeleted, id.ToString());
        if (!await db.TrySaveAsync(cancellationToken))
        {
            db.ChangeTracker.Clear();
            Conflict = true;
            Form = UpdateForm.From(await db.OrganizerUpdates.AsNoTracking().FirstAsync(u => u.Id == id, cancellationToken));
            return Page();
        }
        return RedirectToPage("/Updates/Index", new { done = "deleted" });
    }
}
