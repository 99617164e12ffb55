using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Impact;

/// <summary>
/// The attendance the dashboard adds up: people counted (<see cref="ImpactCounting"/>) who were
/// present at a held session of the period, one row per group, month and person, read once per
/// dashboard from <see cref="MonthlyAttendance"/> (<see cref="ImpactContext.PresentAsync"/>) and
/// added up in memory by each section (active members, attendance and retention).
/// </summary>
/// <remarks>
/// One query instead of six aggregates over the attendance (issue 17): the rows are few (one per
/// person a group saw in a month, ~86,000 for a million attendance rows), so each section's
/// distinct counts are cheaper here than six more passes in the database.
/// </remarks>
public sealed record PresentRow(Guid UserId, Guid GroupId, Guid CommunityId, int Month)
{
    /// <summary>Every community's rows of the period, people not counted left out by the database.</summary>
    internal static async Task<IReadOnlyList<PresentRow>> LoadAsync(ImpactContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var (first, last) = (context.Scope.FirstMonth, context.Scope.LastMonth);
        var rows = await (
            from m in db.MonthlyAttendances
            where m.Month >= first && m.Month <= last
            join u in db.CountedPeople() on m.UserId equals u
            select new { m.UserId, m.GroupId, m.Month })
            .ToListAsync(cancellationToken);
        // A group's community from the names already read (the same tenant-filtered groups a join would find).
        var communityOf = context.AllGroups.ToDictionary(g => g.Id, g => g.CommunityId);
        var present = new List<PresentRow>(rows.Count);
        foreach (var row in rows)
        {
            if (communityOf.TryGetValue(row.GroupId, out var community))
            {
                present.Add(new PresentRow(row.UserId, row.GroupId, community, ImpactScope.Index(row.Month.Year, row.Month.Month)));
            }
        }
        return present;
    }

    /// <param name="filtered">False for the reference table (every community).</param>
    public static async Task<IEnumerable<PresentRow>> OfAsync(ImpactContext context, CancellationToken cancellationToken, bool filtered = true)
    {
        var rows = await context.PresentAsync(cancellationToken);
        return filtered && context.Scope.CommunityId is { } community ? rows.Where(r => r.CommunityId == community) : rows;
    }
}
