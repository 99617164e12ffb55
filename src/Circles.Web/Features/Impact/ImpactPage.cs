using Circles.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Impact;

/// <summary>
/// What the dashboard and its printable report share: the filters from the address, the scope they
/// choose, every section's tables, and the choices for the filter form.
/// </summary>
public abstract class ImpactPage(ImpactDashboard dashboard, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "period")]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "community")]
    public Guid? Community { get; set; }

    public ImpactFilter Filter { get; private set; } = new();
    public ImpactScope Scope { get; private set; } = null!;
    public IReadOnlyList<ImpactSection> Sections { get; private set; } = [];
    public IReadOnlyList<ImpactContext.Named> Communities { get; private set; } = [];
    public IReadOnlyList<DateOnly> MonthChoices { get; private set; } = [];

    /// <summary>The chosen community's name, or null for all.</summary>
    public string? CommunityName => Communities.FirstOrDefault(c => c.Id == Scope.CommunityId)?.Name;

    protected async Task LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Communities = await dashboard.Communities().ToListAsync(cancellationToken);
        // A community that is not this organization's is no filter at all (not found: every community).
        var community = Communities.Any(c => c.Id == Community) ? Community : null;
        Filter = new ImpactFilter { Period = Period, From = From, To = To, Community = community };
        var today = clock.UtcToday();
        Scope = Filter.Resolve(today);
        MonthChoices = ImpactFilter.Choices(today);
        Sections = await dashboard.BuildAsync(Scope, cancellationToken);
    }
}
