using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Groups;

[Authorize(Policy = Policies.Coordinator)]
public sealed class NewModel(CirclesDb db, TimeProvider clock, Volunteering.RequirementGate gate, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public GroupForm Form { get; set; } = new();

    public GroupChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync(Guid? community)
    {
        Choices = await GroupChoices.LoadAsync(db, HttpContext.RequestAborted);
        Form.CommunityId = community ?? (Choices.Communities.Count > 0 ? Choices.Communities[0].Id : Guid.Empty);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Choices = await GroupChoices.LoadAsync(db, HttpContext.RequestAborted);
        GroupEditing.Validate(Form, Choices, ModelState, l);
        await GroupEditing.CheckNewFacilitatorsAsync(gate, [], Form.FacilitatorIds, ModelState, l, HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var group = new SupportGroup { Name = Form.Name, CreatedAt = clock.GetUtcNow().UtcDateTime };
        Form.ApplyTo(group);
        db.SupportGroups.Add(group);
        GroupEditing.SetFacilitators(db, group.Id, [], Form.FacilitatorIds);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Groups/Details", new { id = group.Id });
    }
}
