using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Stories;

/// <summary>
/// Stories for the organization's staff (coordinators and facilitators): every story the reader
/// may read, newest first, with a kind filter and a search. Titles and texts are encrypted, so the
/// search runs on the rows the visibility rule already let through, never before it; the count is
/// of those same rows.
/// </summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class IndexModel(CirclesDb db, StoryReading reading, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kind")]
    public StoryKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<StoryCard> Stories { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var visible = db.Stories.VisibleTo(await db.ReaderAsync(User, cancellationToken), clock.UtcToday());
        if (Kind is { } kind)
        {
            visible = visible.Where(s => s.Kind == kind);
        }
        Search = Search?.Trim();
        if (Search?.Length > 200)
        {
            Search = Search[..200];
        }
        Stories = StoryReading.Search(await reading.CardsAsync(visible, cancellationToken), Search);
    }
}
