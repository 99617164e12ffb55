using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Wellbeing;

/// <summary>
/// De-identified WHO-5 figures for staff, added up in the database (one query per table, no
/// individual rows leave it). Each person counts once per figure, by their latest check-in in the
/// period. Any figure resting on fewer than <see cref="MinimumPeople"/> people is suppressed.
/// </summary>
public sealed class WellbeingAggregates(CirclesDb db)
{
    public const int MinimumPeople = 5;
    public const int Months = 12;
    public const int GroupDays = 90;

    /// <summary>A figure for some people; <see cref="Shown"/> is false below the minimum, and then nothing else may be shown.</summary>
    public sealed record Figure(int People, int AveragePercentage, int Low)
    {
        public bool Shown => People >= MinimumPeople;

        public static Figure Of(int people, double averageRaw, int low) =>
            new(people, (int)Math.Round(Who5.Percentage(1) * averageRaw, MidpointRounding.AwayFromZero), low);

        public static readonly Figure None = new(0, 0, 0);
    }

    public sealed record MonthFigure(int Year, int Month, Figure Figure);

    public sealed record GroupFigure(Guid GroupId, string GroupName, Figure Figure);

    public sealed record ChangeFigure(int People, int FirstPercentage, int LatestPercentage)
    {
        public bool Shown => People >= MinimumPeople;
    }

    /// <summary>The last <see cref="Months"/> calendar months (UTC), newest first.</summary>
    public async Task<IReadOnlyList<MonthFigure>> ByMonthAsync(DateTime now, CancellationToken cancellationToken)
    {
        var from = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-(Months - 1));
        var inRange = db.WellbeingCheckIns.Where(c => c.TakenAt >= from);
        // Each person's latest check-in of the month: no later one of theirs in the same month.
        var latestOfMonth = inRange.Where(c => !inRange.Any(o => o.UserId == c.UserId
            && o.TakenAt.Year == c.TakenAt.Year && o.TakenAt.Month == c.TakenAt.Month && o.TakenAt > c.TakenAt));
        var rows = await latestOfMonth
            .GroupBy(c => new { c.TakenAt.Year, c.TakenAt.Month })
            .Select(g => new
            {
                g.Key.Year,
                g.Key.Month,
                People = g.Select(c => c.UserId).Distinct().Count(),
                AverageRaw = g.Average(c => (double)(c.Item1 + c.Item2 + c.Item3 + c.Item4 + c.Item5)),
                Low = g.Count(c => c.Item1 + c.Item2 + c.Item3 + c.Item4 + c.Item5 < Who5.LowWellbeingBelowRaw),
            })
            .ToListAsync(cancellationToken);
        return [.. Enumerable.Range(0, Months)
            .Select(i => from.AddMonths(Months - 1 - i))
            .Select(month => rows.FirstOrDefault(r => r.Year == month.Year && r.Month == month.Month) is { } row
                ? new MonthFigure(month.Year, month.Month, Figure.Of(row.People, row.AverageRaw, row.Low))
                : new MonthFigure(month.Year, month.Month, Figure.None))];
    }

    /// <summary>For each group, its active members' latest check-in of the last <see cref="GroupDays"/> days.</summary>
    public async Task<IReadOnlyList<GroupFigure>> ByGroupAsync(DateTime now, CancellationToken cancellationToken)
    {
        var from = now.AddDays(-GroupDays);
        var inRange = db.WellbeingCheckIns.Where(c => c.TakenAt >= from);
        var latest = inRange.Where(c => !inRange.Any(o => o.UserId == c.UserId && o.TakenAt > c.TakenAt));
        var rows = await db.GroupMemberships
            .Where(m => m.Status == MembershipStatus.Active)
            .Join(latest, m => m.UserId, c => c.UserId, (m, c) => new { m.GroupId, c.UserId, Raw = c.Item1 + c.Item2 + c.Item3 + c.Item4 + c.Item5 })
            .GroupBy(x => x.GroupId)
            .Select(g => new
            {
                GroupId = g.Key,
                People = g.Select(x => x.UserId).Distinct().Count(),
                AverageRaw = g.Average(x => (double)x.Raw),
                Low = g.Count(x => x.Raw < Who5.LowWellbeingBelowRaw),
            })
            .ToListAsync(cancellationToken);
        var groups = await db.SupportGroups
            .OrderBy(g => g.Name)
            .Select(g => new { g.Id, g.Name })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => rows.FirstOrDefault(r => r.GroupId == g.Id) is { } row
            ? new GroupFigure(g.Id, g.Name, Figure.Of(row.People, row.AverageRaw, row.Low))
            : new GroupFigure(g.Id, g.Name, Figure.None))];
    }

    /// <summary>People with at least two check-ins in the last <see cref="Months"/> months: their average first and latest score.</summary>
    public Task<ChangeFigure> ChangeAsync(DateTime now, CancellationToken cancellationToken) =>
        ChangeAsync(now.AddMonths(-Months), null, null, cancellationToken);

    /// <summary>
    /// The same rule for a period [<paramref name="from"/>, <paramref name="to"/>) and, when
    /// given, only the check-ins of <paramref name="people"/> (the impact dashboard: the people
    /// counted, of one community): the average first and latest score of everyone with at least two.
    /// </summary>
    public async Task<ChangeFigure> ChangeAsync(DateTime from, DateTime? to, IQueryable<Guid>? people, CancellationToken cancellationToken)
    {
        var inRange = db.WellbeingCheckIns.Where(c => c.TakenAt >= from);
        if (to is { } end)
        {
            inRange = inRange.Where(c => c.TakenAt < end);
        }
        if (people is not null)
        {
            inRange = inRange.Where(c => people.Contains(c.UserId));
        }
        // Each person with two or more check-ins, their first and latest time, grouped once; the
        // check-ins at those times joined back (never a lookup per check-in for an earlier or later one).
        var repeat = inRange
            .GroupBy(c => c.UserId)
            .Where(g => g.Count() >= 2)
            .Select(g => new { UserId = g.Key, First = g.Min(c => c.TakenAt), Latest = g.Max(c => c.TakenAt) });
        var firsts = inRange.Join(repeat, c => new { c.UserId, c.TakenAt }, p => new { p.UserId, TakenAt = p.First }, (c, p) => c);
        var latests = inRange.Join(repeat, c => new { c.UserId, c.TakenAt }, p => new { p.UserId, TakenAt = p.Latest }, (c, p) => c);
        var counted = await repeat.CountAsync(cancellationToken);
        if (counted < MinimumPeople)
        {
            // Not even averaged: a figure for fewer people is never computed for display.
            return new ChangeFigure(counted, 0, 0);
        }
        var firstRaw = await firsts.AverageAsync(c => (double)(c.Item1 + c.Item2 + c.Item3 + c.Item4 + c.Item5), cancellationToken);
        var latestRaw = await latests.AverageAsync(c => (double)(c.Item1 + c.Item2 + c.Item3 + c.Item4 + c.Item5), cancellationToken);
        return new ChangeFigure(
            counted,
            Figure.Of(counted, firstRaw, 0).AveragePercentage,
            Figure.Of(counted, latestRaw, 0).AveragePercentage);
    }
}
