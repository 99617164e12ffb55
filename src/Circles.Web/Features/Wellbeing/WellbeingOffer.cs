using Circles.Web.Data;
using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Wellbeing;

/// <summary>
/// Decides whether a member's WHO-5 check-in is due, by the rhythm they chose. Nothing is ever
/// offered for <see cref="WellbeingRhythm.WhenIChoose"/>: the member opens it when they want to.
/// </summary>
public sealed class WellbeingOffer(CirclesDb db, TimeProvider clock)
{
    /// <summary>A session older than this is not offered any more: asking about a meeting long past helps nobody.</summary>
    public static readonly TimeSpan AfterSessionWindow = TimeSpan.FromDays(14);

    /// <summary>A check-in is due; <paramref name="AfterSessionId"/> names the session it follows, if any.</summary>
    public sealed record Due(Guid? AfterSessionId);

    public async Task<Due?> ForAsync(Guid userId, WellbeingRhythm rhythm, CancellationToken cancellationToken)
    {
        if (rhythm == WellbeingRhythm.WhenIChoose)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var lastTakenAt = await db.WellbeingCheckIns
            .Where(c => c.UserId == userId)
            .OrderByDescending(c => c.TakenAt)
            .Select(c => (DateTime?)c.TakenAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (rhythm != WellbeingRhythm.AfterSessions)
        {
            return IsDueByCalendar(rhythm, lastTakenAt, now) ? new Due(null) : null;
        }
        var sessionId = await LatestAttendedSessionAsync(userId, lastTakenAt, now, cancellationToken);
        return sessionId is null ? null : new Due(sessionId);
    }

    /// <summary>Weekly, every two weeks or monthly: due when the last check-in is that old, or there is none yet.</summary>
    public static bool IsDueByCalendar(WellbeingRhythm rhythm, DateTime? lastTakenAt, DateTime now)
    {
        if (lastTakenAt is not { } last)
        {
            return rhythm is WellbeingRhythm.Weekly or WellbeingRhythm.EveryTwoWeeks or WellbeingRhythm.Monthly;
        }
        return rhythm switch
        {
            WellbeingRhythm.Weekly => now >= last.AddDays(7),
            WellbeingRhythm.EveryTwoWeeks => now >= last.AddDays(14),
            WellbeingRhythm.Monthly => now >= last.AddMonths(1),
            _ => false,
        };
    }

    /// <summary>
    /// The newest session the member was present at that has ended since their last check-in
    /// (and within <see cref="AfterSessionWindow"/>). The tenant filter keeps it to their organization.
    /// </summary>
    private async Task<Guid?> LatestAttendedSessionAsync(Guid userId, DateTime? lastTakenAt, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - AfterSessionWindow;
        if (lastTakenAt is { } last && last > since)
        {
            since = last;
        }
        // Sessions last at most a day, so starting a day before "since" covers every one that ended after it;
        // the exact end is checked below on these few rows.
        var startsAfter = since.AddDays(-1);
        var attended = await db.Attendances
            .Where(a => a.UserId == userId && a.Status == AttendanceStatus.Present)
            .Join(db.GroupSessions, a => a.SessionId, s => s.Id, (a, s) => s)
            .Where(s => s.Status != SessionStatus.Cancelled && s.StartsAt > startsAfter && s.StartsAt <= now)
            .Select(s => new { s.Id, s.StartsAt, s.DurationMinutes })
            .ToListAsync(cancellationToken);
        return attended
            .Select(s => new { s.Id, EndsAt = s.StartsAt.AddMinutes(s.DurationMinutes) })
            .Where(s => s.EndsAt > since && s.EndsAt <= now)
            .OrderByDescending(s => s.EndsAt)
            .Select(s => (Guid?)s.Id)
            .FirstOrDefault();
    }

    /// <summary>Whether the member was present at this session (the tenant filter keeps it to their organization).</summary>
    public Task<bool> AttendedAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken) =>
        db.Attendances.AnyAsync(a => a.UserId == userId && a.SessionId == sessionId && a.Status == AttendanceStatus.Present, cancellationToken);
}
