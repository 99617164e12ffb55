using Circles.Web.Features.Feedback;
using Circles.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Impact;

/// <summary>
/// Session feedback by month: how many answers and the average of "felt safe" and "useful"
/// (1 to 5). A month appears only with at least <see cref="ResultsModel.MinimumResponses"/>
/// answers, as on a group's feedback page; the answers are anonymous, so the opt-out of
/// counting cannot reach them.
/// </summary>
public static class FeedbackTrendsQuery
{
    public static async Task<ImpactSection> RunAsync(ImpactContext context, CancellationToken cancellationToken)
    {
        var l = context.L;
        var scope = context.Scope;
        var (start, end) = (scope.Start, scope.End);
        // By month and community: sums add up, so one query gives the chosen community and the reference (all).
        var rows = await context.Db.FeedbackResponses
            .Join(context.Db.GroupSessions, r => r.SessionId, s => s.Id, (r, s) => new { r.FeltSafe, r.Useful, s.StartsAt, s.GroupId })
            .Where(x => x.StartsAt >= start && x.StartsAt < end)
            .Join(context.Db.SupportGroups, x => x.GroupId, g => g.Id, (x, g) => new { x.FeltSafe, x.Useful, x.StartsAt, g.CommunityId })
            .GroupBy(x => new { Month = (x.StartsAt.Year * 12) + x.StartsAt.Month, x.CommunityId })
            .Select(g => new { g.Key.Month, g.Key.CommunityId, Answers = g.Count(), FeltSafe = g.Sum(x => x.FeltSafe), Useful = g.Sum(x => x.Useful) })
            .ToListAsync(cancellationToken);
        var community = scope.CommunityId;
        var months = rows
            .Where(r => community == null || r.CommunityId == community)
            .GroupBy(r => r.Month)
            .Select(g => new { Month = g.Key, Answers = g.Sum(r => r.Answers), FeltSafe = g.Sum(r => r.FeltSafe), Useful = g.Sum(r => r.Useful) })
            .Where(m => m.Answers >= ResultsModel.MinimumResponses && scope.RowOf(m.Month) >= 0)
            .OrderBy(m => m.Month)
            .ToList();
        var all = rows.GroupBy(r => r.Month).ToDictionary(g => g.Key, g => g.Sum(r => r.Answers));
        var counts = SmallNumbers.Suppress(
            ImpactTable.Column([.. months.Select(m => m.Answers)]),
            community is null ? null : ImpactTable.Column([.. months.Select(m => all[m.Month])]), totalsShown: false);
        var table = new ImpactTable
        {
            Key = "feedback",
            Caption = l["Session feedback by month"],
            RowHeader = l["Month"],
            Rows = [.. months.Select(m => context.MonthLabels[scope.RowOf(m.Month)])],
            Columns = [l["Answers"]],
            Counts = counts,
            Rates =
            [
                new ImpactRate(l["Felt safe (1 to 5)"], [.. months.Select((m, i) => ImpactContext.Average((double)m.FeltSafe / m.Answers, counts.Hidden[i, 0]))]),
                new ImpactRate(l["Useful (1 to 5)"], [.. months.Select((m, i) => ImpactContext.Average((double)m.Useful / m.Answers, counts.Hidden[i, 0]))]),
            ],
        };
        var chart = new ImpactChart("chart-feedback", table.Caption + " · " + l["Felt safe (1 to 5)"],
            [.. months.Select(m => context.ShortMonthLabels[scope.RowOf(m.Month)])],
            [.. months.Select((m, i) => counts.Hidden[i, 0] ? (double?)null : (double)m.FeltSafe / m.Answers)],
            [.. table.Rates[0].Values.Select(v => v ?? l["not shown"].Value)], l);
        return new ImpactSection("feedback", l["Feedback trends"],
            l["Only months with at least {0} answers are shown.", ResultsModel.MinimumResponses], [table], chart);
    }
}
