using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Campaigns;

/// <summary>Changing, counting or deleting an event of a campaign; found only through its own campaign, so a forged pair of ids is 404.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditEventModel(CirclesDb db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public EventForm Form { get; set; } = new();

    public Guid Id { get; private set; }
    public string Campaign { get; private set; } = "";
    public CampaignChoices Choices { get; private set; } = null!;
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid eventId)
    {
        var campaignEvent = await FindAsync(id, eventId);
        if (campaignEvent is null)
        {
            return NotFound();
        }
        Form = EventForm.From(campaignEvent);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid eventId)
    {
        var campaignEvent = await FindAsync(id, eventId);
        if (campaignEvent is null)
        {
            return NotFound();
        }
        db.ExpectVersion(campaignEvent, Form.Version);
        if (!Form.TryApplyTo(campaignEvent, Choices, clock.UtcToday(), ModelState, "Form", l))
        {
            return Page();
        }
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Campaigns/Details", new { id, done = "saved" });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid eventId)
    {
        var campaignEvent = await FindAsync(id, eventId);
        if (campaignEvent is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        db.ExpectVersion(campaignEvent, Form.Version);
        db.CampaignEvents.Remove(campaignEvent);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Campaigns/Details", new { id, done = "deleted" });
    }

    private async Task<CampaignEvent?> FindAsync(Guid id, Guid eventId)
    {
        var campaignEvent = await db.CampaignEvents.FirstOrDefaultAsync(e => e.Id == eventId && e.CampaignId == id, HttpContext.RequestAborted);
        if (campaignEvent is null)
        {
            return null;
        }
        Id = id;
        Campaign = await db.Campaigns.Where(c => c.Id == id).Select(c => c.Name).FirstAsync(HttpContext.RequestAborted);
        Choices = await CampaignChoices.LoadAsync(db, HttpContext.RequestAborted);
        return campaignEvent;
    }
}
