using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Impact;

/// <summary>
/// One table of the dashboard as CSV, with the same filters and exactly the same cells as on
/// screen ("fewer than 5" included). No "confirm it is you" step (SEC-17 is for personal data in
/// bulk): after the small-numbers rule the file holds counts only, no name and nothing about
/// anyone that the coordinator's own screen does not already show.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class CsvModel(ImpactDashboard dashboard, TimeProvider clock, IStringLocalizer<SharedResource> l) : ImpactPage(dashboard, clock)
{
    [BindProperty(SupportsGet = true, Name = "table")]
    public string? Table { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        var table = Sections.SelectMany(s => s.Tables).FirstOrDefault(t => t.Key == Table);
        if (table is null)
        {
            return NotFound();
        }
        var file = ImpactCsv.Write(table, l);
        return File(file, "text/csv; charset=utf-8", $"impact-{table.Key}-{ImpactFilter.Key(Scope.FirstMonth)}-{ImpactFilter.Key(Scope.LastMonth)}.csv");
    }
}
