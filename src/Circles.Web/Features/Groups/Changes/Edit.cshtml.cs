using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.FormatChanges;

/// <summary>Correcting a recorded change; a concurrent edit is detected (SEC-43) and the form keeps what was typed.</summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class EditModel(CirclesDb db, IAuthorizationService authorization, GroupViewers viewers, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public FormatChangeForm Form { get; set; } = new();

    public GroupViewer Viewer { get; private set; } = null!;
    public GroupFormatChange Change { get; private set; } = null!;
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid changeId)
    {
        if (!await FindAsync(id, changeId))
        {
            return NotFound();
        }
        Form = FormatChangeForm.From(Change);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid changeId)
    {
        if (!await FindAsync(id, changeId))
        {
            return NotFound();
        }
        Form.Validate(automatic: Change.Field is not null, ModelState, l);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExpectVersion(Change, Form.Version);
        Form.ApplyTo(Change);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Groups/Changes/Index", new { id, done = "saved" });
    }

    private async Task<bool> FindAsync(Guid id, Guid changeId)
    {
        if (await authorization.AuthorizedGroupViewerAsync(viewers, User, id, new ManageGroup(), HttpContext.RequestAborted) is not { } viewer)
        {
            return false;
        }
        Viewer = viewer;
        Change = (await db.GroupFormatChanges.FirstOrDefaultAsync(c => c.Id == changeId && c.GroupId == id, HttpContext.RequestAborted))!;
        return Change is not null;
    }
}
