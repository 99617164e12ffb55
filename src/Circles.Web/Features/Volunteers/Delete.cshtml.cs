using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Volunteers;

/// <summary>
/// Data minimization: once someone has left, a coordinator can delete their application with
/// its history and screening records (after a confirm step; audited by id only). Only in Left:
/// anyone still in the pipeline is moved to Left first, which the history records.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class DeleteModel(CirclesDb db, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public bool HasLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var application = await db.VolunteerApplications.FirstOrDefaultAsync(a => a.Id == id, HttpContext.RequestAborted);
        if (application is null)
        {
            return NotFound();
        }
        Show(application);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var application = await db.VolunteerApplications.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return NotFound();
        }
        Show(application);
        if (!HasLeft)
        {
            ModelState.AddModelError("", l["Only the application of someone who has left can be deleted."]);
            return Page();
        }
        db.VolunteerApplications.Remove(application);
        audit.Record(application.OrganizationId, User.GetUserId(), AuditActions.VolunteerApplicationDeleted, application.Id.ToString());
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Volunteers/Index", new { stage = VolunteerStage.Left });
    }

    private void Show(VolunteerApplication application)
    {
        Id = application.Id;
        Name = application.Name;
        HasLeft = application.Stage == VolunteerStage.Left;
    }
}
