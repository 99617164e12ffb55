using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Campaigns;

/// <summary>Editing a campaign (a concurrent edit is detected, SEC-43) and deleting it with everything in it (audited).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditModel(CirclesDb db, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CampaignForm Form { get; set; } = new();

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public CampaignChoices Choices { get; private set; } = null!;
    public bool Conflict { get; private set; }
    public bool DeleteNotConfirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (campaign is null)
        {
            return NotFound();
        }
        return await ShowAsync(campaign);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return NotFound();
        }
        await LoadAsync(campaign);
        var communities = await db.CampaignCommunities.Where(c => c.CampaignId == id).ToListAsync(cancellationToken);
        var partners = await db.CampaignPartners.Where(p => p.CampaignId == id).ToListAsync(cancellationToken);
        Form.OfferPartners(Choices, partners.ToDictionary(p => p.PartnerId, p => p.Role));
        Form.Validate(ModelState, l);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExpectVersion(campaign, Form.Version);
        Form.ApplyTo(campaign);
        Form.ApplyLinks(db, id, Choices, communities, partners);
        db.Touch(campaign);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Campaigns/Details", new { id, done = "saved" });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid version, bool confirm)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return NotFound();
        }
        // The delete form carries no campaign fields: what the edit form would say about them does not apply.
        ModelState.Clear();
        if (!confirm)
        {
            DeleteNotConfirmed = true;
            return await ShowAsync(campaign);
        }
        db.ExpectVersion(campaign, version);
        db.Campaigns.Remove(campaign);
        audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.CampaignDeleted, campaign.Id.ToString());
        if (!await db.TrySaveAsync(cancellationToken))
        {
            db.ChangeTracker.Clear();
            Conflict = true;
            return await ShowAsync(await db.Campaigns.FirstAsync(c => c.Id == id, cancellationToken));
        }
        return RedirectToPage("/Campaigns/Index");
    }

    private async Task<IActionResult> ShowAsync(Campaign campaign)
    {
        var cancellationToken = HttpContext.RequestAborted;
        await LoadAsync(campaign);
        Form = new CampaignForm
        {
            Name = campaign.Name,
            Summary = campaign.Summary,
            StartsOn = campaign.StartsOn,
            EndsOn = campaign.EndsOn,
            CommunityIds = await db.CampaignCommunities.Where(c => c.CampaignId == campaign.Id).Select(c => c.CommunityId).ToListAsync(cancellationToken),
            Version = campaign.Version,
        };
        Form.OfferPartners(Choices, await db.CampaignPartners.Where(p => p.CampaignId == campaign.Id).ToDictionaryAsync(p => p.PartnerId, p => p.Role, cancellationToken));
        return Page();
    }

    private async Task LoadAsync(Campaign campaign)
    {
        Id = campaign.Id;
        Name = campaign.Name;
        Choices = await CampaignChoices.LoadAsync(db, HttpContext.RequestAborted);
    }
}
