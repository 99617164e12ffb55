using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Wellbeing;

/// <summary>
/// Wellbeing across the organization for coordinators: totals only, each resting on at least five
/// people, never a name, a pseudonym or one person's answers. Facilitators do not see it: a group
/// is small enough that its figures would come too close to the people in it.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class OverviewModel(CirclesDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<WellbeingAggregates.MonthFigure> Months { get; private set; } = [];
    public IReadOnlyList<WellbeingAggregates.GroupFigure> Groups { get; private set; } = [];
    public WellbeingAggregates.ChangeFigure Change { get; private set; } = new(0, 0, 0);

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var aggregates = new WellbeingAggregates(db);
        Months = await aggregates.ByMonthAsync(now, HttpContext.RequestAborted);
        Groups = await aggregates.ByGroupAsync(now, HttpContext.RequestAborted);
        Change = await aggregates.ChangeAsync(now, HttpContext.RequestAborted);
    }
}
