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
    /// <summary>Every community's rows of the period, people not counted left out.</summary>
    /// <remarks>
    /// Shaped by measurement on SQLite at a million attendance rows (issue 16, bench/README.md):
    /// the opted-out people (usually a handful) are read apart and left out here, since joining
    /// them in the database looked up every row's person by its text key (75 ms); and one query a
    /// month, its month known, because reading the month back as a date parsed ~92,000 texts
    /// (about 170 of the ~300 ms this read took). Now 120–200 ms, mostly the ids as text.
    /// </remarks>
    internal static async Task<IReadOnlyList<PresentRow>> LoadAsync(ImpactContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var notCounted = await db.NotCountedPeople().ToHashSetAsync(cancellationToken);
        // A group's community from the names already read (the same tenant-filtered groups a join would find).
        var communityOf = context.AllGroups.ToDictionary(g => g.Id, g => g.CommunityId);
        var present = new List<PresentRow>();
        foreach (var month in context.Scope.Months)
        {
            var index = context.Scope.IndexOf(month);
            var rows = db.MonthlyAttendances
                .Where(m => m.Month == month)
                .Select(m => new { m.UserId, m.GroupId })
                .AsAsyncEnumerable();
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                if (!notCounted.Contains(row.UserId) && communityOf.TryGetValue(row.GroupId, out var community))
                {
                    present.Add(new PresentRow(row.UserId, row.GroupId, community, index));
                }
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
