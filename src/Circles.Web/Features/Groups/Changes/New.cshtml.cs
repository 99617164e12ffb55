using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.FormatChanges;

/// <summary>Recording a change to how the group meets, by its facilitators or a coordinator.</summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class NewModel(CirclesDb db, IAuthorizationService authorization, GroupViewers viewers, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public FormatChangeForm Form { get; set; } = new();

    public GroupViewer Viewer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await authorization.AuthorizedGroupViewerAsync(viewers, User, id, new ManageGroup(), HttpContext.RequestAborted) is not { } viewer)
        {
            return NotFound();
        }
        Viewer = viewer;
        Form.TookEffectOn = DateOnly.FromDateTime(SessionTimes.ToLocal(clock.GetUtcNow().UtcDateTime, viewer.Group.TimeZone));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await authorization.AuthorizedGroupViewerAsync(viewers, User, id, new ManageGroup(), HttpContext.RequestAborted) is not { } viewer)
        {
            return NotFound();
        }
        Viewer = viewer;
        Form.Validate(automatic: false, ModelState, l);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var change = new GroupFormatChange { GroupId = id, RecordedByUserId = viewer.UserId, RecordedAt = clock.GetUtcNow().UtcDateTime };
        Form.ApplyTo(change);
        db.GroupFormatChanges.Add(change);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Groups/Changes/Index", new { id, done = "saved" });
    }
}
