using Circles.Web.Data;
using Circles.Web.Features.Shared;
using Circles.Web.Features.Stories;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.PublicSite;

/// <summary>
/// Published public stories, newest first: only the approved version's words, the author shown as
/// a first letter or not at all. Read through the one rule (<see cref="StoryVisibility"/> with
/// <see cref="StoryReader.Public"/>) on every request, and answered no-store like every page, so a
/// withdrawn story or one whose consent ended is gone on the very next request.
/// </summary>
[AllowAnonymous]
public sealed class StoriesModel(PublicSites sites, IServiceScopeFactory scopes, TimeProvider clock) : PublicPageModel(sites)
{
    public sealed record PublicStory(StoryCard Card, IReadOnlyList<string> Paragraphs);

    public IReadOnlyList<PublicStory> Stories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        // A scope of this page's organization: a signed-in visitor of another organization reads the same page.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(Site.OrganizationId);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var reading = scope.ServiceProvider.GetRequiredService<StoryReading>();
        // The approved version only, and the byline its naming allows (never a pseudonym in public), as every audience reads it.
        var cards = await reading.CardsAsync(db.Stories.VisibleTo(StoryReader.Public, clock.UtcToday()), HttpContext.RequestAborted, newest: 100);
        Stories = [.. cards.Select(card => new PublicStory(card, Paragraphs(card.Text)))];
        return Page();
    }

    private static string[] Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
