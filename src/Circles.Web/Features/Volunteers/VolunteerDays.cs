namespace Circles.Web.Features.Volunteers;

/// <summary>
/// Days in the organization's sense (its time zone: Directory/OpeningHours.OrganizationZoneAsync):
/// "today" for the move form, the day someone entered a stage, and back to an instant for
/// <see cref="VolunteerApplication.StageEnteredAt"/>.
/// </summary>
public static class VolunteerDays
{
    public static DateOnly DayOf(DateTime utc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));

    public static DateOnly Today(TimeProvider clock, TimeZoneInfo zone) => DayOf(clock.GetUtcNow().UtcDateTime, zone);

    /// <summary>When someone moved on <paramref name="day"/> entered the stage: now when that is today, else the start of that day.</summary>
    public static DateTime EnteredAt(DateOnly day, DateTime utcNow, TimeZoneInfo zone)
    {
        if (day == DayOf(utcNow, zone))
        {
            return utcNow;
        }
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone);
    }
}
