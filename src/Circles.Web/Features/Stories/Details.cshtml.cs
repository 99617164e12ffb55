using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Shared;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Stories;

/// <summary>
/// One story, for the staff who may read it. Anyone the visibility rule leaves out gets 404, never
/// 403: a 403 would tell them it exists (SEC-19). Coordinators may quote a staff or public story
/// on a campaign, and feature a public one on the home of the public pages; both are read back
/// through the same rule, so they vanish when the author withdraws or the consent ends.
/// </summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class DetailsModel(CirclesDb db, StoryReading reading, AuditLog audit, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<string> DoneMessages = ["quoted", "unquoted", "featured", "unfeatured"];

    public StoryCard Story { get; private set; } = null!;
    public bool IsCoordinator { get; private set; }
    public bool Featured { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> QuotedOn { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Campaigns { get; private set; } = [];
    public string? Done { get; private set; }

    /// <summary>Whether coordinators may quote it outside its group: staff and public stories only.</summary>
    public bool Quotable => Story.Audience is StoryAudience.Staff or StoryAudience.Public;

    public async Task<IActionResult> OnGetAsync(Guid id, string? done)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Done = DoneMessages.Contains(done) ? done : null;
        return Page();
    }

    public Task<IActionResult> OnPostQuoteAsync(Guid id, Guid campaignId) => ChangeAsync(id, async () =>
    {
        if (!Quotable || Campaigns.All(c => c.Id != campaignId))
        {
            return false;
        }
        if (QuotedOn.All(c => c.Id != campaignId))
        {
            db.CampaignStories.Add(new CampaignStory { CampaignId = campaignId, StoryId = id, QuotedAt = clock.GetUtcNow().UtcDateTime });
            audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.StoryQuoted, $"{id} {campaignId}");
        }
        return true;
    }, "quoted");

    public Task<IActionResult> OnPostUnquoteAsync(Guid id, Guid campaignId) => ChangeAsync(id, async () =>
    {
        var quote = await db.CampaignStories.FirstOrDefaultAsync(q => q.StoryId == id && q.CampaignId == campaignId, HttpContext.RequestAborted);
        if (quote is not null)
        {
            db.CampaignStories.Remove(quote);
            audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.StoryUnquoted, $"{id} {campaignId}");
        }
        return true;
    }, "unquoted");

    public Task<IActionResult> OnPostFeatureAsync(Guid id) => ChangeAsync(id, () =>
    {
        if (Story.Audience != StoryAudience.Public)
        {
            return Task.FromResult(false);
        }
        if (!Featured)
        {
            db.PublicStoryFeatures.Add(new PublicStoryFeature { StoryId = id, FeaturedAt = clock.GetUtcNow().UtcDateTime });
            audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.StoryFeatured, id.ToString());
        }
        return Task.FromResult(true);
    }, "featured");

    public Task<IActionResult> OnPostUnfeatureAsync(Guid id) => ChangeAsync(id, async () =>
    {
        var feature = await db.PublicStoryFeatures.FirstOrDefaultAsync(f => f.StoryId == id, HttpContext.RequestAborted);
        if (feature is not null)
        {
            db.PublicStoryFeatures.Remove(feature);
            audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.StoryUnfeatured, id.ToString());
        }
        return true;
    }, "unfeatured");

    /// <summary>Coordinators only (others 403); a story the reader may not read is 404; a choice the page did not offer is 400.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, Func<Task<bool>> change, string done)
    {
        if (!User.IsInRole(Roles.Coordinator))
        {
            return Forbid();
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!await change())
        {
            return BadRequest();
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { id, done });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var visible = db.Stories.VisibleTo(await db.ReaderAsync(User, cancellationToken), clock.UtcToday()).Where(s => s.Id == id);
        if (await reading.CardsAsync(visible, cancellationToken) is not [var card, ..])
        {
            return false;
        }
        Story = card;
        IsCoordinator = User.IsInRole(Roles.Coordinator);
        if (IsCoordinator)
        {
            Featured = await db.PublicStoryFeatures.AnyAsync(f => f.StoryId == id, cancellationToken);
            QuotedOn = [.. (await db.CampaignStories.Where(q => q.StoryId == id)
                    .Join(db.Campaigns, q => q.CampaignId, c => c.Id, (q, c) => new { c.Id, c.Name })
                    .OrderBy(c => c.Name).ToListAsync(cancellationToken))
                .Select(c => (c.Id, c.Name))];
            Campaigns = [.. (await db.Campaigns.OrderByDescending(c => c.StartsOn).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
                .Select(c => (c.Id, c.Name))];
        }
        return true;
    }
}
