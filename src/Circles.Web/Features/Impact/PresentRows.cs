using Circles.Web.Features.Sessions;

namespace Circles.Web.Features.Impact;

/// <summary>
/// The attendance the dashboard adds up: people counted (<see cref="ImpactCounting"/>) who were
/// present at a held session of the period. A query to compose in the database, never read row by row.
/// </summary>
public sealed class PresentRow
{
    public Guid UserId { get; init; }
    public Guid GroupId { get; init; }
    public Guid CommunityId { get; init; }

    /// <summary>The session's month as year × 12 + month (<see cref="ImpactScope.Index"/>).</summary>
    public int Month { get; init; }

    /// <param name="filtered">False for the reference table (every community).</param>
    public static IQueryable<PresentRow> Of(ImpactContext context, bool filtered = true)
    {
        var db = context.Db;
        var counted = db.CountedPeople();
        var (start, end) = (context.Scope.Start, context.Scope.End);
        // The people counted are joined by key, not tested with IN (…): SQLite read an IN list on
        // the last column of the attendance index as a probe for each of the ~8,000 people in every
        // session (15 s a query on a million rows); a join is one key lookup per attendance row.
        var rows =
            from s in db.GroupSessions
            where s.Status == SessionStatus.Held && s.StartsAt >= start && s.StartsAt < end
            join a in db.Attendances on s.Id equals a.SessionId
            where a.Status == AttendanceStatus.Present
            join u in counted on a.UserId equals u
            join g in db.SupportGroups on s.GroupId equals g.Id
            select new PresentRow { UserId = a.UserId, GroupId = s.GroupId, CommunityId = g.CommunityId, Month = (s.StartsAt.Year * 12) + s.StartsAt.Month };
        if (filtered && context.Scope.CommunityId is { } community)
        {
            rows = rows.Where(r => r.CommunityId == community);
        }
        return rows;
    }
}
