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
        // One pass with dictionaries (issue 17: the LINQ groupings of distinct people took ~180 ms of
        // a dashboard on a million attendance rows). A row is one group, month and person, so
        // people by group and month are rows counted; a community's are people counted once.
        var byGroup = new Dictionary<(Guid Key, int Month), int>();
        var byCommunity = new Dictionary<(Guid Key, int Month), int>();
        var seenInCommunity = new HashSet<(Guid Community, int Month, Guid UserId)>();
        var groupSpans = new Dictionary<(Guid Key, Guid UserId), (int First, int Last)>();
        var communitySpans = new Dictionary<(Guid Key, Guid UserId), (int First, int Last)>();
        foreach (var row in present)
        {
            byGroup[(row.GroupId, row.Month)] = byGroup.GetValueOrDefault((row.GroupId, row.Month)) + 1;
            if (seenInCommunity.Add((row.CommunityId, row.Month, row.UserId)))
            {
                byCommunity[(row.CommunityId, row.Month)] = byCommunity.GetValueOrDefault((row.CommunityId, row.Month)) + 1;
            }
            Widen(groupSpans, (row.GroupId, row.UserId), row.Month);
            Widen(communitySpans, (row.CommunityId, row.UserId), row.Month);
        }
        var retentionByGroup = Returning(groupSpans);
        var retentionByCommunity = Returning(communitySpans);

        var groups = context.Groups;
        var communities = context.Communities;
        int[,] OverMonths(IReadOnlyList<Guid> keys, IEnumerable<(Guid Key, int Month, int People)> rows)
        {
            var table = new int[keys.Count, scope.Months.Count];
            var rowOf = RowsOf(keys);
            foreach (var row in rows)
            {
                var r = rowOf.GetValueOrDefault(row.Key, -1);
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
            var rowOf = RowsOf(keys);
            foreach (var row in rows)
            {
                if (rowOf.GetValueOrDefault(row.Key, -1) is var r and >= 0)
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
            Counts = SmallNumbers.Suppress(OverMonths(groupKeys, byGroup.Select(r => (r.Key.Key, r.Key.Month, r.Value))), totalsShown: false),
        };
        var communityMonths = new ImpactTable
        {
            Key = "attendance-communities",
            Caption = l["People who came, by community and month"],
            RowHeader = l["Community"],
            Rows = communityLabels,
            Columns = context.MonthLabels,
            Counts = SmallNumbers.Suppress(OverMonths(communityKeys, byCommunity.Select(r => (r.Key.Key, r.Key.Month, r.Value))), totalsShown: false),
        };
        return new ImpactSection("attendance", l["Attendance and retention"],
            l["Retention: of the people who came in the period, those who came in two or more different months."],
            [groupMonths, communityMonths,
             Retention("retention-groups", l["Retention by group"], l["Group"], groupLabels, groupKeys, retentionByGroup.Select(r => (r.Key, r.Value.People, r.Value.Returning))),
             Retention("retention-communities", l["Retention by community"], l["Community"], communityLabels, communityKeys, retentionByCommunity.Select(r => (r.Key, r.Value.People, r.Value.Returning)))]);
    }

    private static Dictionary<Guid, int> RowsOf(IReadOnlyList<Guid> keys)
    {
        var rows = new Dictionary<Guid, int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            rows.TryAdd(keys[i], i);
        }
        return rows;
    }

    private static void Widen(Dictionary<(Guid Key, Guid UserId), (int First, int Last)> spans, (Guid Key, Guid UserId) who, int month) =>
        spans[who] = spans.TryGetValue(who, out var span) ? (Math.Min(span.First, month), Math.Max(span.Last, month)) : (month, month);

    /// <summary>Per key: the people who came, and those of them who came in two or more different months.</summary>
    private static Dictionary<Guid, (int People, int Returning)> Returning(Dictionary<(Guid Key, Guid UserId), (int First, int Last)> spans)
    {
        var result = new Dictionary<Guid, (int People, int Returning)>();
        foreach (var ((key, _), (first, last)) in spans)
        {
            var (people, returning) = result.GetValueOrDefault(key);
            result[key] = (people + 1, returning + (last > first ? 1 : 0));
        }
        return result;
    }
}
