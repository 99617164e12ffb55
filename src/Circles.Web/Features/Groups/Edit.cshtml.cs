using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Groups;

/// <summary>Editing a group and its facilitators; a concurrent edit is detected (SEC-43).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditModel(CirclesDb db, Volunteering.RequirementGate gate, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public GroupForm Form { get; set; } = new();

    public GroupChoices Choices { get; private set; } = null!;
    public Guid Id { get; private set; }
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var group = await db.SupportGroups.FirstOrDefaultAsync(g => g.Id == id, HttpContext.RequestAborted);
        if (group is null)
        {
            return NotFound();
        }
        Id = id;
        Choices = await GroupChoices.LoadAsync(db, HttpContext.RequestAborted);
        var facilitators = await db.GroupFacilitators.Where(f => f.GroupId == id).Select(f => f.UserId).ToListAsync(HttpContext.RequestAborted);
        Form = GroupForm.From(group, facilitators);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var group = await db.SupportGroups.FirstOrDefaultAsync(g => g.Id == id, HttpContext.RequestAborted);
        if (group is null)
        {
            return NotFound();
        }
        Id = id;
        Choices = await GroupChoices.LoadAsync(db, HttpContext.RequestAborted);
        GroupEditing.Validate(Form, Choices, ModelState, l);
        var current = await db.GroupFacilitators.Where(f => f.GroupId == id).ToListAsync(HttpContext.RequestAborted);
        await GroupEditing.CheckNewFacilitatorsAsync(gate, [.. current.Select(f => f.UserId)], Form.FacilitatorIds, ModelState, l, HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExpectVersion(group, Form.Version);
        var before = FormatChanges.AutomaticChanges.Of(group);
        Form.ApplyTo(group);
        // A new format, meeting pattern, time zone or place goes into the group's history in the same save.
        FormatChanges.AutomaticChanges.Record(db, before, group, User.GetUserId(), clock);
        GroupEditing.SetFacilitators(db, id, current, Form.FacilitatorIds);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Groups/Details", new { id });
    }
}
