using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Icebreakers;

/// <summary>The organization's icebreaker library, by language and kind, with guidance for facilitators.</summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class IndexModel(CirclesDb db) : PageModel
{
    public IReadOnlyList<Icebreaker> Items { get; private set; } = [];
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public string? Language { get; private set; }
    public IcebreakerTags? Tag { get; private set; }

    public async Task OnGetAsync(string? language, IcebreakerTags? tag)
    {
        await IcebreakerLibrary.EnsureSeededAsync(db, User.GetOrganizationId()!.Value, HttpContext.RequestAborted);
        Languages = await db.Icebreakers.Select(i => i.Language).Distinct().OrderBy(l => l).ToListAsync(HttpContext.RequestAborted);
        Language = language is not null && Languages.Contains(language) ? language : null;
        Tag = tag is IcebreakerTags.LowDisclosure or IcebreakerTags.Movement or IcebreakerTags.Creative ? tag : null;
        var query = db.Icebreakers.AsQueryable();
        if (Language is not null)
        {
            query = query.Where(i => i.Language == Language);
        }
        var items = await query.OrderBy(i => i.Title).ToListAsync(HttpContext.RequestAborted);
        // Flags are filtered in memory: the library is small, and bitwise tests differ by provider.
        Items = Tag is { } wanted ? [.. items.Where(i => i.Tags.HasFlag(wanted))] : items;
    }
}
