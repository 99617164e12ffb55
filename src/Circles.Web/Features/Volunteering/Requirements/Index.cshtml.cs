using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Volunteering.Requirements;

/// <summary>The requirements the organization defines, and a form to add one.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RequirementForm Form { get; set; } = new();

    public IReadOnlyList<RequirementType> Types { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        foreach (var (field, message) in Form.Problems())
        {
            ModelState.AddModelError(field, l[message]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var type = new RequirementType { Name = Form.Name.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        Form.ApplyTo(type);
        db.RequirementTypes.Add(type);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Types = await db.RequirementTypes.AsNoTracking().OrderBy(t => t.Name).ToListAsync(HttpContext.RequestAborted);
}
