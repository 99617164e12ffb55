using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Stories;

/// <summary>What a stories partial shows: the cards, and where they are shown.</summary>
public sealed record StoryCards(IReadOnlyList<StoryCard> Stories, Guid? GroupId = null, Guid? CampaignId = null);

/// <summary>
/// "Stories from this group" on a group's page: the group's stories the reader may read, which
/// the visibility rule limits to its active members and facilitators. Renders nothing for anyone
/// else. <c>@await Component.InvokeAsync("GroupStories", new { groupId })</c>.
/// </summary>
public sealed class GroupStoriesViewComponent(GroupViewers viewers, StoryReading reading, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid groupId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        // The group page has already found what the viewer is to this group (GroupViewers keeps
        // it for the request), so the reader is known without reading all their groups again.
        var viewer = await viewers.OfAsync(UserClaimsPrincipal, groupId, cancellationToken);
        var reader = StoryVisibility.ReaderIn(UserClaimsPrincipal, viewer);
        if (!reader.GroupIds.Contains(groupId))
        {
            return Content("");
        }
        var cards = await reading.GroupCardsAsync(groupId, reader.IsStaff, clock.UtcToday(), cancellationToken);
        return View("/Features/Stories/_GroupStories.cshtml", new StoryCards(cards, GroupId: groupId));
    }
}

/// <summary>
/// The stories quoted on a campaign, read through the visibility rule on every request: a story
/// withdrawn or past its consent is gone from the campaign page at once, its link left harmless.
/// <c>@await Component.InvokeAsync("CampaignStories", new { campaignId })</c>.
/// </summary>
public sealed class CampaignStoriesViewComponent(CirclesDb db, StoryReading reading, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid campaignId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var reader = await db.ReaderAsync(UserClaimsPrincipal, cancellationToken);
        var visible = db.Stories.VisibleTo(reader, clock.UtcToday())
            .Where(s => (s.Audience == StoryAudience.Staff || s.Audience == StoryAudience.Public)
                && db.CampaignStories.Any(q => q.CampaignId == campaignId && q.StoryId == s.Id));
        return View("/Features/Stories/_CampaignStories.cshtml", new StoryCards(await reading.CardsAsync(visible, cancellationToken), CampaignId: campaignId));
    }
}

/// <summary>
/// The stories a coordinator featured on the home of the public pages, read for anyone
/// (<see cref="StoryReader.Public"/>) on every request; the page is never stored (no-store, SEC-9).
/// The public pages read across organizations on purpose, so the organization is named here.
/// <c>@await Component.InvokeAsync("PublicStories", new { organizationId })</c>.
/// </summary>
public sealed class PublicStoriesViewComponent(CirclesDb db, StoryReading reading, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid organizationId)
    {
        var visible = db.Stories.IgnoreQueryFilters()
            .Where(s => s.OrganizationId == organizationId)
            .VisibleTo(StoryReader.Public, clock.UtcToday())
            .Where(s => db.PublicStoryFeatures.Any(f => f.StoryId == s.Id && f.OrganizationId == organizationId));
        var cards = await reading.CardsAsync(visible, HttpContext.RequestAborted, newest: 3);
        // Featured stories change with consent: never let a browser or proxy keep the page.
        HttpContext.Response.Headers.CacheControl = "no-store";
        return View("/Features/Stories/_PublicStories.cshtml", new StoryCards(cards));
    }
}
