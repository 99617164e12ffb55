using System.Globalization;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory;

/// <summary>
/// Reads HSDS schedules for "open now" and for plain words on the service page.
/// Understood: freq WEEKLY (or empty with byday) with byday (MO,TU,…), opens_at and closes_at
/// (HH:MM or HH:MM:SS, closing after midnight allowed), interval with dtstart (fortnightly),
/// valid_from / valid_to. Local time: the offset written in opens_at ("09:00-05:00", "09:00Z"),
/// else the schedule's timezone (a UTC offset in hours), else the organization's time zone (the
/// one most of its groups meet in), else UTC. MONTHLY rules, holidays (notes) and one-off dates
/// are not evaluated: such a schedule never counts as open now, and the page shows its words.
/// </summary>
public static class OpeningHours
{
    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>A schedule as the directory needs it, with the service it belongs to.</summary>
    public sealed record Hours(
        string ServiceId, string? Freq, decimal? Interval, string? Byday, string? OpensAt, string? ClosesAt,
        decimal? Timezone, string? ValidFrom, string? ValidTo, string? Dtstart, string? Description);

    /// <summary>Whether the schedule is open at the instant, read in the local time described above.</summary>
    public static bool IsOpen(Hours hours, DateTime utcNow, TimeZoneInfo organizationZone)
    {
        if (!(string.IsNullOrEmpty(hours.Freq) || hours.Freq.Equals("WEEKLY", StringComparison.OrdinalIgnoreCase))
            || !TryParseTime(hours.OpensAt, out var opens, out var opensOffset)
            || !TryParseTime(hours.ClosesAt, out var closes, out var closesOffset))
        {
            return false;
        }
        var days = Days(hours.Byday);
        if (days is null)
        {
            return false;
        }
        var offset = opensOffset ?? closesOffset
            ?? (hours.Timezone is { } zone and >= -14 and <= 14 ? TimeSpan.FromHours((double)zone) : organizationZone.GetUtcOffset(utcNow));
        var local = utcNow + offset;
        var time = TimeOnly.FromDateTime(local);
        var today = DateOnly.FromDateTime(local);
        if (closes > opens)
        {
            return time >= opens && time < closes && RunsOn(hours, days, today);
        }
        // Closes after midnight (22:00–06:00), or the same time (open all day).
        return (time >= opens && RunsOn(hours, days, today))
            || (time < closes && RunsOn(hours, days, today.AddDays(-1)));
    }

    /// <summary>The services, among the schedules given, that are open at the instant.</summary>
    public static HashSet<string> OpenServices(IEnumerable<Hours> schedules, DateTime utcNow, TimeZoneInfo organizationZone) =>
        schedules.Where(h => IsOpen(h, utcNow, organizationZone)).Select(h => h.ServiceId).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Every schedule of the current organization's services: their own, those of their
    /// service-at-location entries, and those of their locations for services without their own.
    /// Three flat queries, whatever the number of services.
    /// </summary>
    public static async Task<List<Hours>> LoadAsync(CirclesDb db, IReadOnlyCollection<string>? serviceIds, CancellationToken cancellationToken)
    {
        var schedules = db.Set<HsdsSchedule>().AsQueryable();
        var direct = await schedules
            .Where(s => s.ServiceId != null && (serviceIds == null || serviceIds.Contains(s.ServiceId)))
            .Select(s => new Hours(s.ServiceId!, s.Freq, s.Interval, s.Byday, s.OpensAt, s.ClosesAt, s.Timezone, s.ValidFrom, s.ValidTo, s.Dtstart, s.Description))
            .ToListAsync(cancellationToken);
        var atLocation = await schedules
            .Where(s => s.ServiceId == null && s.ServiceAtLocationId != null)
            .Join(db.Set<HsdsServiceAtLocation>(), s => s.ServiceAtLocationId, l => l.Id, (s, l) => new { s, l.ServiceId })
            .Where(x => x.ServiceId != null && (serviceIds == null || serviceIds.Contains(x.ServiceId)))
            .Select(x => new Hours(x.ServiceId!, x.s.Freq, x.s.Interval, x.s.Byday, x.s.OpensAt, x.s.ClosesAt, x.s.Timezone, x.s.ValidFrom, x.s.ValidTo, x.s.Dtstart, x.s.Description))
            .ToListAsync(cancellationToken);
        var own = direct.Concat(atLocation).Select(h => h.ServiceId).ToHashSet(StringComparer.Ordinal);
        var ofLocation = await schedules
            .Where(s => s.ServiceId == null && s.ServiceAtLocationId == null && s.LocationId != null)
            .Join(db.Set<HsdsServiceAtLocation>(), s => s.LocationId, l => l.LocationId, (s, l) => new { s, l.ServiceId })
            .Where(x => x.ServiceId != null && (serviceIds == null || serviceIds.Contains(x.ServiceId)))
            .Select(x => new Hours(x.ServiceId!, x.s.Freq, x.s.Interval, x.s.Byday, x.s.OpensAt, x.s.ClosesAt, x.s.Timezone, x.s.ValidFrom, x.s.ValidTo, x.s.Dtstart, x.s.Description))
            .ToListAsync(cancellationToken);
        return [.. direct, .. atLocation, .. ofLocation.Where(h => !own.Contains(h.ServiceId))];
    }

    /// <summary>
    /// The organization's sense of local time: the time zone most of its groups meet in (the
    /// organization has no time zone of its own yet); UTC when it has no groups.
    /// </summary>
    public static async Task<TimeZoneInfo> OrganizationZoneAsync(CirclesDb db, CancellationToken cancellationToken)
    {
        var zone = await db.SupportGroups
            .GroupBy(g => g.TimeZone)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key)
            .FirstOrDefaultAsync(cancellationToken);
        return zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found : TimeZoneInfo.Utc;
    }

    /// <summary>A weekly schedule's days and times, for plain words; null when it is not a weekly one this page can read.</summary>
    public static (IReadOnlyList<DayOfWeek> Days, TimeOnly Opens, TimeOnly Closes)? Weekly(Hours hours) =>
        (string.IsNullOrEmpty(hours.Freq) || hours.Freq.Equals("WEEKLY", StringComparison.OrdinalIgnoreCase))
        && Days(hours.Byday) is { } days
        && TryParseTime(hours.OpensAt, out var opens, out _)
        && TryParseTime(hours.ClosesAt, out var closes, out _)
            ? (days, opens, closes)
            : null;

    /// <summary>The days a weekly schedule runs on (Sunday = 0), or null when byday cannot be read.</summary>
    public static IReadOnlyList<DayOfWeek>? Days(string? byday)
    {
        if (string.IsNullOrWhiteSpace(byday))
        {
            return null;
        }
        var days = new List<DayOfWeek>();
        foreach (var part in byday.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var index = Array.IndexOf(DayCodes, part.ToUpperInvariant());
            if (index < 0)
            {
                return null;
            }
            days.Add((DayOfWeek)index);
        }
        return days.Count == 0 ? null : [.. days.Distinct().OrderBy(d => ((int)d + 6) % 7)];
    }

    /// <summary>"09:00", "9:00", "09:00:00", "09:00Z", "09:00-05:00", "09:00+01:00": the time and the offset, if written.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time, out TimeSpan? offset)
    {
        time = default;
        offset = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var value = text.Trim();
        if (value.EndsWith('Z') || value.EndsWith('z'))
        {
            offset = TimeSpan.Zero;
            value = value[..^1];
        }
        else if (value.Length > 5 && value.LastIndexOfAny(['+', '-']) is var sign and > 0)
        {
            if (!TimeSpan.TryParseExact(value[(sign + 1)..], ["hh\\:mm", "hhmm", "hh"], CultureInfo.InvariantCulture, out var parsed))
            {
                return false;
            }
            offset = value[sign] == '-' ? -parsed : parsed;
            value = value[..sign];
        }
        return TimeOnly.TryParseExact(value, ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    private static bool RunsOn(Hours hours, IReadOnlyList<DayOfWeek> days, DateOnly date)
    {
        if (!days.Contains(date.DayOfWeek))
        {
            return false;
        }
        if (TryParseDate(hours.ValidFrom) is { } from && date < from)
        {
            return false;
        }
        if (TryParseDate(hours.ValidTo) is { } to && date > to)
        {
            return false;
        }
        if (hours.Interval is { } interval and > 1)
        {
            // Every n weeks counts from the week of dtstart; without it the weeks cannot be known.
            if (TryParseDate(hours.Dtstart) is not { } start || date < start)
            {
                return false;
            }
            var weeks = (StartOfWeek(date).DayNumber - StartOfWeek(start).DayNumber) / 7;
            return interval <= 52 && weeks % (int)interval == 0;
        }
        return true;
    }

    private static DateOnly StartOfWeek(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static DateOnly? TryParseDate(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
