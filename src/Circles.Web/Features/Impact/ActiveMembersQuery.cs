using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Impact;

/// <summary>Active members: people counted who came to at least one held session, in each month and in the whole period.</summary>
public static class ActiveMembersQuery
{
    public static async Task<ImpactSection> RunAsync(ImpactContext context, CancellationToken cancellationToken)
    {
        var l = context.L;
        var scope = context.Scope;
        var (byMonth, period) = await CountAsync(context, filtered: true, cancellationToken);
        int[,]? monthReference = null;
        int[,]? periodReference = null;
        if (context.Filtered)
        {
            var (allByMonth, allPeriod) = await CountAsync(context, filtered: false, cancellationToken);
            monthReference = allByMonth;
            periodReference = allPeriod;
        }
        var months = new ImpactTable
        {
            Key = "active-months",
            Caption = l["Active members by month"],
            RowHeader = l["Month"],
            Rows = context.MonthLabels,
            Columns = [l["People who came"]],
            Counts = SmallNumbers.Suppress(byMonth, monthReference, totalsShown: false),
        };
        var whole = new ImpactTable
        {
            Key = "active-period",
            Caption = l["Active members in the whole period"],
            RowHeader = l["Period"],
            Rows = [l["{0} to {1}", context.MonthLabels[0], context.MonthLabels[^1]].Value],
            Columns = [l["People who came at least once"]],
            Counts = SmallNumbers.Suppress(period, periodReference, totalsShown: false),
        };
        return new ImpactSection("active", l["Active members"], l["People who came to at least one session. A person who came in several months counts once in each month."],
            [whole, months], ImpactChart.OfColumn("chart-active", months, 0, context.ShortMonthLabels, l));
    }

    private static async Task<(int[,] ByMonth, int[,] Period)> CountAsync(ImpactContext context, bool filtered, CancellationToken cancellationToken)
    {
        var present = await PresentRow.OfAsync(context, cancellationToken, filtered);
        // One pass with sets (issue 17): the same person in several groups counts once a month and once in the period.
        var seenInMonth = new HashSet<(int Month, Guid UserId)>();
        var seen = new HashSet<Guid>();
        var peopleByMonth = new Dictionary<int, int>();
        foreach (var row in present)
        {
            if (seenInMonth.Add((row.Month, row.UserId)))
            {
                peopleByMonth[row.Month] = peopleByMonth.GetValueOrDefault(row.Month) + 1;
            }
            seen.Add(row.UserId);
        }
        var byMonth = new int[context.Scope.Months.Count, 1];
        foreach (var (month, people) in peopleByMonth)
        {
            if (context.Scope.RowOf(month) is var r and >= 0)
            {
                byMonth[r, 0] = people;
            }
        }
        return (byMonth, new[,] { { seen.Count } });
    }
}
