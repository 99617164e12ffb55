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
        var present = (await PresentRow.OfAsync(context, cancellationToken)).ToList();
        var byGroup = present
            .GroupBy(r => new { r.GroupId, r.Month })
            .Select(g => new { Key = g.Key.GroupId, g.Key.Month, People = g.Select(r => r.UserId).Distinct().Count() })
            .ToList();
        var byCommunity = present
            .GroupBy(r => new { r.CommunityId, r.Month })
            .Select(g => new { Key = g.Key.CommunityId, g.Key.Month, People = g.Select(r => r.UserId).Distinct().Count() })
            .ToList();
        var retentionByGroup = present
            .GroupBy(r => new { r.GroupId, r.UserId })
            .Select(g => new { g.Key.GroupId, First = g.Min(r => r.Month), Last = g.Max(r => r.Month) })
            .GroupBy(p => p.GroupId)
            .Select(g => new { Key = g.Key, People = g.Count(), Returning = g.Count(p => p.Last > p.First) })
            .ToList();
        var retentionByCommunity = present
            .GroupBy(r => new { r.CommunityId, r.UserId })
            .Select(g => new { g.Key.CommunityId, First = g.Min(r => r.Month), Last = g.Max(r => r.Month) })
            .GroupBy(p => p.CommunityId)
            .Select(g => new { Key = g.Key, People = g.Count(), Returning = g.Count(p => p.Last > p.First) })
            .ToList();

        var groups = context.Groups;
        var communities = context.Communities;
        int[,] OverMonths(IReadOnlyList<Guid> keys, IEnumerable<(Guid Key, int Month, int People)> rows)
        {
            var table = new int[keys.Count, scope.Months.Count];
            foreach (var row in rows)
            {
                var r = IndexOf(keys, row.Key);
                var c = scope.RowOf(row.Month);
                if (r >= 0 && c >= 0)
                {
                    table[r, c] = row.People;
                }
            }
            return table;
        }
        ImpactTable Retention(string key, string caption, string header, IReadOnlyList<string> labels, IReadOnlyList<Guid> keys, IEnumerable<(Guid Key, int People, int Returning)> rows)
        {
            var table = new int[keys.Count, 2];
            foreach (var row in rows)
            {
                if (IndexOf(keys, row.Key) is var r and >= 0)
                {
                    (table[r, 0], table[r, 1]) = (row.People, row.Returning);
                }
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
                Rates = [new ImpactRate(l["Returning"], [.. Enumerable.Range(0, keys.Count)
                    .Select(r => ImpactContext.Percent(table[r, 1], table[r, 0], counts.Hidden[r, 0] || counts.Hidden[r, 1]))])],
            };
        }

        Guid[] groupKeys = [.. groups.Select(g => g.Id)];
        Guid[] communityKeys = [.. communities.Select(c => c.Id)];
        string[] groupLabels = [.. groups.Select(g => context.Filtered ? g.Name : g.Name + " (" + g.Community + ")")];
        string[] communityLabels = [.. communities.Select(c => c.Name)];
        var groupMonths = new ImpactTable
        {
            Key = "attendance-groups",
            Caption = l["People who came, by group and month"],
            RowHeader = l["Group"],
            Rows = groupLabels,
            Columns = context.MonthLabels,
            Counts = SmallNumbers.Suppress(OverMonths(groupKeys, byGroup.Select(r => (r.Key, r.Month, r.People))), totalsShown: false),
        };
        var communityMonths = new ImpactTable
        {
            Key = "attendance-communities",
            Caption = l["People who came, by community and month"],
            RowHeader = l["Community"],
            Rows = communityLabels,
            Columns = context.MonthLabels,
            Counts = SmallNumbers.Suppress(OverMonths(communityKeys, byCommunity.Select(r => (r.Key, r.Month, r.People))), totalsShown: false),
        };
        return new ImpactSection("attendance", l["Attendance and retention"],
            l["Retention: of the people who came in the period, those who came in two or more different months."],
            [groupMonths, communityMonths,
             Retention("retention-groups", l["Retention by group"], l["Group"], groupLabels, groupKeys, retentionByGroup.Select(r => (r.Key, r.People, r.Returning))),
             Retention("retention-communities", l["Retention by community"], l["Community"], communityLabels, communityKeys, retentionByCommunity.Select(r => (r.Key, r.People, r.Returning)))]);
    }

    private static int IndexOf(IReadOnlyList<Guid> keys, Guid key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key)
            {
                return i;
            }
        }
        return -1;
    }
}
