using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Impact;

/// <summary>
/// Attendance and retention per group and per community: people who came, month by month, and
/// of the people who came in the period, how many came in two or more different months.
/// Added up in memory from the period's rows (<see cref="PresentRow"/>), read once.
/// </summary>
public static class AttendanceQuery
{
    public static async Task<ImpactSection> RunAsync(ImpactContext context, CancellationToken cancellationToken)
    {
        var l = context.L;
        var scope = context.Scope;
        var present = await PresentRow.OfAsync(context, cancellationToken);
        var groups = context.Groups;
        var communities = context.Communities;
        Guid[] groupKeys = [.. groups.Select(g => g.Id)];
        Guid[] communityKeys = [.. communities.Select(c => c.Id)];
        var groupRow = RowsOf(groupKeys);
        var communityRow = RowsOf(communityKeys);
        var months = scope.Months.Count;

        // One pass over the period's rows, with groups, communities and people as small integers
        // (issue 17: LINQ groupings of distinct people, then dictionaries keyed by Guids, took
        // 130–210 ms of a dashboard over 92,000 rows). A row is one group, month and person, so a
        // group's people in a month are its rows; a community's are people counted once.
        var groupMonths = new int[groupKeys.Length, months];
        var communityMonths = new int[communityKeys.Length, months];
        var personOf = new Dictionary<Guid, int>();
        var seenInCommunityMonth = new HashSet<long>();
        var groupSpans = new Dictionary<long, (int First, int Last)>();
        var communitySpans = new Dictionary<long, (int First, int Last)>();
        foreach (var row in present)
        {
            if (!personOf.TryGetValue(row.UserId, out var person))
            {
                person = personOf.Count;
                personOf.Add(row.UserId, person);
            }
            var column = scope.RowOf(row.Month);
            if (groupRow.TryGetValue(row.GroupId, out var g))
            {
                if (column >= 0)
                {
                    groupMonths[g, column]++;
                }
                Widen(groupSpans, ((long)g << 32) | (uint)person, row.Month);
            }
            if (communityRow.TryGetValue(row.CommunityId, out var c))
            {
                if (column >= 0 && seenInCommunityMonth.Add(((long)(c * months + column) << 32) | (uint)person))
                {
                    communityMonths[c, column]++;
                }
                Widen(communitySpans, ((long)c << 32) | (uint)person, row.Month);
            }
        }

        ImpactTable Retention(string key, string caption, string header, IReadOnlyList<string> labels, Dictionary<long, (int First, int Last)> spans)
        {
            var table = new int[labels.Count, 2];
            foreach (var (who, (first, last)) in spans)
            {
                var r = (int)(who >> 32);
                table[r, 0]++;
                table[r, 1] += last > first ? 1 : 0;
            }
            var counts = SmallNumbers.Suppress(table, totalsShown: false);
            return new ImpactTable
            {
                Key = key,
                Caption = caption,
                RowHeader = header,
                Rows = labels,
                Columns = [l["People who came"], l["Came in two or more months"]],
                Counts = counts,
                Rates = [new ImpactRate(l["Returning"], [.. Enumerable.Range(0, labels.Count)
                    .Select(r => ImpactContext.Percent(table[r, 1], table[r, 0], counts.Hidden[r, 0] || counts.Hidden[r, 1]))])],
            };
        }

        string[] groupLabels = [.. groups.Select(g => context.Filtered ? g.Name : g.Name + " (" + g.Community + ")")];
        string[] communityLabels = [.. communities.Select(c => c.Name)];
        var groupTable = new ImpactTable
        {
            Key = "attendance-groups",
            Caption = l["People who came, by group and month"],
            RowHeader = l["Group"],
            Rows = groupLabels,
            Columns = context.MonthLabels,
            Counts = SmallNumbers.Suppress(groupMonths, totalsShown: false),
        };
        var communityTable = new ImpactTable
        {
            Key = "attendance-communities",
            Caption = l["People who came, by community and month"],
            RowHeader = l["Community"],
            Rows = communityLabels,
            Columns = context.MonthLabels,
            Counts = SmallNumbers.Suppress(communityMonths, totalsShown: false),
        };
        return new ImpactSection("attendance", l["Attendance and retention"],
            l["Retention: of the people who came in the period, those who came in two or more different months."],
            [groupTable, communityTable,
             Retention("retention-groups", l["Retention by group"], l["Group"], groupLabels, groupSpans),
             Retention("retention-communities", l["Retention by community"], l["Community"], communityLabels, communitySpans)]);
    }

    private static Dictionary<Guid, int> RowsOf(Guid[] keys)
    {
        var rows = new Dictionary<Guid, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            rows.TryAdd(keys[i], i);
        }
        return rows;
    }

    private static void Widen(Dictionary<long, (int First, int Last)> spans, long who, int month) =>
        spans[who] = spans.TryGetValue(who, out var span) ? (Math.Min(span.First, month), Math.Max(span.Last, month)) : (month, month);
}
