using System.Globalization;
using Circles.Web.Features.Shared;
using Circles.Web.Features.Volunteering;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Impact;

/// <summary>
/// Approved volunteer hours by month, with how many volunteers gave them; the hours are hidden
/// when the number of volunteers is (they would show what a few people did). Hours belong to no
/// community, so the community filter does not change them.
/// </summary>
public static class VolunteerHoursQuery
{
    public static async Task<ImpactSection> RunAsync(ImpactContext context, CancellationToken cancellationToken)
    {
        var l = context.L;
        var scope = context.Scope;
        var first = scope.FirstMonth;
        var after = scope.LastMonth.AddMonths(1);
        var counted = context.Db.CountedPeople();
        var rows = await context.Db.VolunteerHours
            .Where(h => h.Status == HoursStatus.Approved && h.WorkedOn >= first && h.WorkedOn < after && counted.Contains(h.UserId))
            .GroupBy(h => (h.WorkedOn.Year * 12) + h.WorkedOn.Month)
            .Select(g => new { Month = g.Key, Volunteers = g.Select(h => h.UserId).Distinct().Count(), Quarters = g.Sum(h => h.Quarters) })
            .ToListAsync(cancellationToken);
        var volunteers = new int[scope.Months.Count, 1];
        var quarters = new int[scope.Months.Count];
        foreach (var row in rows)
        {
            if (scope.RowOf(row.Month) is var r and >= 0)
            {
                volunteers[r, 0] = row.Volunteers;
                quarters[r] = row.Quarters;
            }
        }
        var counts = SmallNumbers.Suppress(volunteers, totalsShown: false);
        var table = new ImpactTable
        {
            Key = "hours",
            Caption = l["Approved volunteer hours by month"],
            RowHeader = l["Month"],
            Rows = context.MonthLabels,
            Columns = [l["Volunteers"]],
            Counts = counts,
            Rates = [new ImpactRate(l["Approved hours"], [.. quarters.Select((q, r) => counts.Hidden[r, 0] ? null : (q / 4m).ToString("0.##", CultureInfo.CurrentCulture))])],
        };
        var chart = new ImpactChart("chart-hours", table.Caption, context.ShortMonthLabels,
            [.. quarters.Select((q, r) => counts.Hidden[r, 0] ? (double?)null : q / 4.0)],
            [.. table.Rates[0].Values.Select(v => v ?? l["not shown"].Value)], l);
        return new ImpactSection("hours", l["Volunteer hours"], l["Only approved hours. They belong to no community, so the community filter does not change them."], [table], chart);
    }
}
