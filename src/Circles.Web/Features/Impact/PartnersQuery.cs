using Circles.Web.Features.Partners;
using Circles.Web.Features.Partners.Sources;
using Circles.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Impact;

/// <summary>
/// Partner engagement by kind (meetings, calls, events…: not people, nothing hidden) and where
/// people came from (the anonymous "How did you find us?" counts, which are counts of people).
/// </summary>
public static class PartnersQuery
{
    public static async Task<ImpactSection> RunAsync(ImpactContext context, CancellationToken cancellationToken)
    {
        var l = context.L;
        var db = context.Db;
        var scope = context.Scope;
        var community = scope.CommunityId;
        var first = scope.FirstMonth;
        var after = scope.LastMonth.AddMonths(1);
        var engagements = db.PartnerEngagements.Where(e => e.OccurredOn >= first && e.OccurredOn < after);
        if (community is not null)
        {
            var ofCommunity = db.PartnerCommunities.Where(p => p.CommunityId == community).Select(p => p.PartnerId);
            engagements = engagements.Where(e => ofCommunity.Contains(e.PartnerId));
        }
        var byKind = await engagements
            .GroupBy(e => e.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var sources = await db.JoinSourceCounts
            .Where(c => c.Month >= first && c.Month < after)
            .GroupBy(c => new { c.Channel, c.CommunityId })
            .Select(g => new { g.Key.Channel, g.Key.CommunityId, People = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);

        var kinds = Enum.GetValues<EngagementKind>();
        var engagementCounts = new int[kinds.Length, 1];
        foreach (var row in byKind)
        {
            engagementCounts[Array.IndexOf(kinds, row.Kind), 0] = row.Count;
        }
        var channels = Enum.GetValues<JoinChannel>();
        int[,] Sources(bool filtered)
        {
            var table = new int[channels.Length, 1];
            foreach (var row in sources.Where(r => !filtered || community == null || r.CommunityId == community))
            {
                var i = IndexOf(channels, row.Channel);
                if (i >= 0)
                {
                    table[i, 0] += row.People;
                }
            }
            return table;
        }
        var engagement = new ImpactTable
        {
            Key = "engagements",
            Caption = l["Partner engagement by kind"],
            RowHeader = l["Kind"],
            Rows = [.. kinds.Select(k => l["Engagement:" + k].Value)],
            Columns = [l["Engagements"]],
            Counts = ImpactTable.NotOfPeople(engagementCounts),
            OfPeople = false,
            ShowTotals = true,
        };
        var cameFrom = new ImpactTable
        {
            Key = "sources",
            Caption = l["Where people came from"],
            RowHeader = l["How they found us"],
            Rows = [.. channels.Select(c => c == JoinChannel.Partner ? l["Through a partner"].Value : l["JoinChannel:" + c].Value)],
            Columns = [l["People"]],
            Counts = SmallNumbers.Suppress(Sources(filtered: true), community is null ? null : Sources(filtered: false), totalsShown: false),
        };
        return new ImpactSection("partners", l["Partners and where people came from"],
            l["Where people came from: the answers to \"How did you find us?\", given without a name."], [engagement, cameFrom]);
    }

    private static int IndexOf(JoinChannel[] channels, JoinChannel channel)
    {
        for (var i = 0; i < channels.Length; i++)
        {
            if (channels[i] == channel)
            {
                return i;
            }
        }
        return -1;
    }
}
