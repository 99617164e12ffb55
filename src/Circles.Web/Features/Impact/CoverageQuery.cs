using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;
using Circles.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Impact;

/// <summary>
/// Community coverage and gaps: for each community its groups, the groups that held a session in
/// the period (active), and its members (people counted with an active place in one of its
/// groups); a community with no active group is a gap.
/// </summary>
public static class CoverageQuery
{
    public static async Task<ImpactSection> RunAsync(ImpactContext context, CancellationToken cancellationToken)
    {
        var l = context.L;
        var db = context.Db;
        var (start, end) = (context.Scope.Start, context.Scope.End);
        var counted = db.CountedPeople();
        var groupCountsByCommunity = await db.SupportGroups
            .GroupBy(g => g.CommunityId)
            .Select(g => new { CommunityId = g.Key, Groups = g.Count() })
            .ToListAsync(cancellationToken);
        // The groups that met: the period's held sessions (one index range) by community, each group once.
        var activeByCommunity = await db.GroupSessions
            .Where(s => s.Status == SessionStatus.Held && s.StartsAt >= start && s.StartsAt < end)
            .Join(db.SupportGroups, s => s.GroupId, g => g.Id, (s, g) => new { s.GroupId, g.CommunityId })
            .GroupBy(x => x.CommunityId)
            .Select(g => new { CommunityId = g.Key, Active = g.Select(x => x.GroupId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var groups = groupCountsByCommunity
            .Select(g => new { g.CommunityId, g.Groups, Active = activeByCommunity.FirstOrDefault(a => a.CommunityId == g.CommunityId)?.Active ?? 0 })
            .ToList();
        var members = await db.GroupMemberships
            .Where(m => m.Status == MembershipStatus.Active && counted.Contains(m.UserId))
            .Join(db.SupportGroups, m => m.GroupId, g => g.Id, (m, g) => new { m.UserId, g.CommunityId })
            .GroupBy(x => x.CommunityId)
            .Select(g => new { CommunityId = g.Key, People = g.Select(x => x.UserId).Distinct().Count() })
            .ToListAsync(cancellationToken);

        var communities = context.Communities;
        var groupCounts = new int[communities.Count, 2];
        var memberCounts = new int[communities.Count, 1];
        for (var i = 0; i < communities.Count; i++)
        {
            var id = communities[i].Id;
            if (groups.FirstOrDefault(g => g.CommunityId == id) is { } row)
            {
                (groupCounts[i, 0], groupCounts[i, 1]) = (row.Groups, row.Active);
            }
            memberCounts[i, 0] = members.FirstOrDefault(m => m.CommunityId == id)?.People ?? 0;
        }
        string[] labels = [.. communities.Select(c => c.Name)];
        var groupTable = new ImpactTable
        {
            Key = "coverage-groups",
            Caption = l["Groups per community"],
            RowHeader = l["Community"],
            Rows = labels,
            Columns = [l["Groups"], l["Groups that met in the period"]],
            Counts = ImpactTable.NotOfPeople(groupCounts),
            OfPeople = false,
        };
        var memberTable = new ImpactTable
        {
            Key = "coverage-members",
            Caption = l["Members per community"],
            RowHeader = l["Community"],
            Rows = labels,
            Columns = [l["Members"]],
            Counts = SmallNumbers.Suppress(memberCounts, totalsShown: false),
        };
        var gaps = Enumerable.Range(0, communities.Count).Where(i => groupCounts[i, 1] == 0).Select(i => labels[i]).ToList();
        return new ImpactSection("coverage", l["Community coverage and gaps"],
            l["Members: people with an active place in one of the community's groups today. A person in groups of two communities counts in both."],
            [groupTable, memberTable])
        {
            Lines = gaps.Count == 0 ? [l["Every community had a group that met in the period."].Value]
                : [l["Communities with no group that met in the period: {0}", string.Join(", ", gaps)].Value],
        };
    }
}
