namespace Circles.Web.Features.Shared;

/// <summary>
/// The calendar day of the day-based records (requirements and hours, campaigns, partner next
/// steps): UTC's day, until organizations have a time zone of their own. The volunteer pipeline
/// counts days in the zone most of the organization's groups meet in (Volunteers/VolunteerDays).
/// </summary>
public static class CalendarDays
{
    public static DateOnly UtcToday(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
