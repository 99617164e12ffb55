using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.FormatChanges;

/// <summary>Deleting a recorded change, after a confirmation; refused with a conflict if someone edited it meanwhile (SEC-43).</summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class DeleteModel(CirclesDb db, IAuthorizationService authorization, GroupViewers viewers) : PageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    public GroupViewer Viewer { get; private set; } = null!;
    public GroupFormatChange Change { get; private set; } = null!;
    public bool Conflict { get; private set; }

    public ChangeSummary Summary => new(
        Change.TookEffectOn, Change.Area, Change.WhatChanged, Change.Field, Change.Before, Change.After, Change.BecauseOfFeedback, Change.YouSaid, Change.WeChanged);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid changeId)
    {
        if (!await FindAsync(id, changeId))
        {
            return NotFound();
        }
        Version = Change.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid changeId)
    {
        if (!await FindAsync(id, changeId))
        {
            return NotFound();
        }
        db.ExpectVersion(Change, Version);
        db.GroupFormatChanges.Remove(Change);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Groups/Changes/Index", new { id, done = "deleted" });
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
