using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Volunteering.Requirements;

/// <summary>Changing a requirement; a concurrent edit is detected (SEC-43). Another organization's requirement is not found.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditModel(CirclesDb db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RequirementForm Form { get; set; } = new();

    public Guid Id { get; private set; }
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var type = await db.RequirementTypes.FirstOrDefaultAsync(t => t.Id == id, HttpContext.RequestAborted);
        if (type is null)
        {
            return NotFound();
        }
        Id = id;
        Form = RequirementForm.From(type);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var type = await db.RequirementTypes.FirstOrDefaultAsync(t => t.Id == id, HttpContext.RequestAborted);
        if (type is null)
        {
            return NotFound();
        }
        Id = id;
        foreach (var (field, message) in Form.Problems())
        {
            ModelState.AddModelError(field, l[message]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExpectVersion(type, Form.Version);
        Form.ApplyTo(type);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Volunteering/Requirements/Index");
    }
}
