using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Campaigns;

/// <summary>Planning a campaign: its name, purpose, dates, communities and partners (audited).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class NewModel(CirclesDb db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CampaignForm Form { get; set; } = new();

    public CampaignChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Choices = await CampaignChoices.LoadAsync(db, HttpContext.RequestAborted);
        Form.OfferPartners(Choices, new Dictionary<Guid, string>());
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Choices = await CampaignChoices.LoadAsync(db, HttpContext.RequestAborted);
        Form.OfferPartners(Choices, new Dictionary<Guid, string>());
        Form.Validate(ModelState, l);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var campaign = new Campaign { Name = Form.Name, CreatedAt = clock.GetUtcNow().UtcDateTime };
        Form.ApplyTo(campaign);
        db.Campaigns.Add(campaign);
        Form.ApplyLinks(db, campaign.Id, Choices, [], []);
        audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.CampaignCreated, campaign.Id.ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Campaigns/Details", new { id = campaign.Id });
    }
}
