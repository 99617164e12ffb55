using Circles.Web.Features.Groups;
using Circles.Web.Features.Shared;
using Circles.Web.Features.Wellbeing;

namespace Circles.Web.Features.Impact;

/// <summary>
/// Wellbeing change: the average WHO-5 score of people with at least two check-ins in the
/// period, at their first and at their latest (the rule of <see cref="WellbeingAggregates"/>),
/// for people counted, and with a community chosen, for people with a place in one of its groups.
/// </summary>
public static class WellbeingChangeQuery
{
    public static async Task<ImpactSection> RunAsync(ImpactContext context, CancellationToken cancellationToken)
    {
        var l = context.L;
        var db = context.Db;
        var aggregates = new WellbeingAggregates(db);
        var counted = db.CountedPeople();
        var (start, end) = (context.Scope.Start, context.Scope.End);
        var people = counted;
        if (context.Scope.CommunityId is { } community)
        {
            var inCommunity = db.GroupMemberships
                .Where(m => m.Status == MembershipStatus.Active || m.Status == MembershipStatus.Paused || m.Status == MembershipStatus.Left)
                .Join(db.SupportGroups.Where(g => g.CommunityId == community), m => m.GroupId, g => g.Id, (m, g) => m.UserId);
            people = counted.Where(id => inCommunity.Contains(id));
        }
        var change = await aggregates.ChangeAsync(start, end, people, cancellationToken);
        int[,]? reference = null;
        if (context.Filtered)
        {
            var all = await aggregates.ChangeAsync(start, end, counted, cancellationToken);
            reference = new[,] { { all.People } };
        }
        var counts = SmallNumbers.Suppress(new[,] { { change.People } }, reference, totalsShown: false);
        var hidden = counts.Hidden[0, 0] || !change.Shown;
        var table = new ImpactTable
        {
            Key = "wellbeing",
            Caption = l["Wellbeing change (WHO-5)"],
            RowHeader = l["People"],
            Rows = [l["With two or more check-ins"].Value],
            Columns = [l["People"]],
            Counts = counts,
            Rates =
            [
                new ImpactRate(l["First check-in, average"], [hidden ? null : change.FirstPercentage + "%"]),
                new ImpactRate(l["Latest check-in, average"], [hidden ? null : change.LatestPercentage + "%"]),
            ],
        };
        return new ImpactSection("wellbeing", l["Wellbeing change"],
            l["Everyone with at least two check-ins in the period: the average of their first score and of their latest, from 0% to 100%."], [table]);
    }
}
