namespace Circles.Web.Features.Sessions;

/// <summary>
/// Converts between a group's wall-clock time and the UTC instants that are stored, so that a
/// weekly 18:00 session stays at 18:00 when daylight saving starts or ends.
/// </summary>
public static class SessionTimes
{
    /// <summary>The UTC instant of a local time, or null when that time does not exist (the hour skipped in spring).</summary>
    public static DateTime? ToUtc(DateOnly date, TimeOnly time, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return null;
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    public static DateTime ToLocal(DateTime utc, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <summary>The instants of a weekly series: same local time each week, whatever the offset does.</summary>
    public static IReadOnlyList<DateTime> Weekly(DateOnly firstDate, TimeOnly time, string timeZoneId, int count)
    {
        var instants = new List<DateTime>(count);
        for (var week = 0; week < count; week++)
        {
            var date = firstDate.AddDays(7 * week);
            // A time skipped by daylight saving moves one hour later that week.
            var utc = ToUtc(date, time, timeZoneId) ?? ToUtc(date, time.AddHours(1), timeZoneId)!.Value;
            instants.Add(utc);
        }
        return instants;
    }
}
