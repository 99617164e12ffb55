using Circles.Web.Data;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Sessions;
using Circles.Web.Features.Shared;
using Circles.Web.Features.Volunteering;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Impact;

/// <summary>
/// The headline figures of an organization for the last 12 complete calendar months: people who
/// took part in group sessions, sessions held, approved volunteer hours, needs met. Counted in the
/// database (no rows loaded), only over <see cref="ImpactCounting.CountedPeople"/>, and each
/// figure with the number of people it rests on, so that what may leave the coordinators' screen
/// goes through <see cref="SmallNumbers"/> (SEC-34). Whole months, so that the figures change once
/// a month rather than every day (a day-to-day difference could point at one person).
/// The context must be scoped to the organization (tenant filter).
/// </summary>
public sealed record ImpactHeadlines(
    DateOnly From,
    DateOnly To,
    int People,
    int Sessions,
    int HoursQuarters,
    int Volunteers,
    int NeedsMet,
    int PeopleWithNeedsMet)
{
    /// <summary>The last 12 complete calendar months before <paramref name="today"/>'s month.</summary>
    public static async Task<ImpactHeadlines> LastTwelveMonthsAsync(CirclesDb db, DateOnly today, CancellationToken cancellationToken)
    {
        var to = new DateOnly(today.Year, today.Month, 1);
        var from = to.AddMonths(-12);
        var fromTime = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var toTime = to.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var counted = db.CountedPeople();

        var sessionsInPeriod = db.GroupSessions.Where(s => s.StartsAt >= fromTime && s.StartsAt < toTime);
        var people = await db.Attendances
            .Where(a => a.Status == AttendanceStatus.Present && counted.Contains(a.UserId))
            .Join(sessionsInPeriod, a => a.SessionId, s => s.Id, (a, s) => a.UserId)
            .Distinct()
            .CountAsync(cancellationToken);
        var sessions = await sessionsInPeriod.CountAsync(s => s.Status == SessionStatus.Held, cancellationToken);

        var hours = db.VolunteerHours.Where(h => h.Status == HoursStatus.Approved && h.WorkedOn >= from && h.WorkedOn < to && counted.Contains(h.UserId));
        var quarters = await hours.SumAsync(h => (int?)h.Quarters, cancellationToken) ?? 0;
        var volunteers = await hours.Select(h => h.UserId).Distinct().CountAsync(cancellationToken);

        var needs = db.Needs.Where(n => n.Status == NeedStatus.Met && n.ClosedAt >= fromTime && n.ClosedAt < toTime && counted.Contains(n.MemberUserId));
        var needsMet = await needs.CountAsync(cancellationToken);
        var peopleWithNeedsMet = await needs.Select(n => n.MemberUserId).Distinct().CountAsync(cancellationToken);

        return new ImpactHeadlines(from, to, people, sessions, quarters, volunteers, needsMet, peopleWithNeedsMet);
    }

    /// <summary>People who took part, or null ("fewer than 5") when from 1 to 4.</summary>
    public int? PeopleShown => SmallNumbers.IsHidden(People) ? null : People;

    /// <summary>Sessions held, or null when they rest on fewer than 5 people or are from 1 to 4 themselves.</summary>
    public int? SessionsShown => SmallNumbers.IsHidden(People) || SmallNumbers.IsHidden(Sessions) ? null : Sessions;

    /// <summary>Approved volunteer hours, or null when they come from 1 to 4 volunteers.</summary>
    public decimal? HoursShown => SmallNumbers.IsHidden(Volunteers) ? null : HoursQuarters / 4m;

    /// <summary>Needs met, or null when they are from 1 to 4 or belong to 1 to 4 people.</summary>
    public int? NeedsMetShown => SmallNumbers.IsHidden(PeopleWithNeedsMet) || SmallNumbers.IsHidden(NeedsMet) ? null : NeedsMet;
}
