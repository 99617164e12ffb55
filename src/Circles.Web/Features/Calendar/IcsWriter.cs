using System.Globalization;
using System.Text;

namespace Circles.Web.Features.Calendar;

/// <summary>
/// Writes iCalendar (RFC 5545): CRLF line ends, lines folded at 75 octets without splitting a
/// character, text escaped, times in UTC. Event titles are whatever neutral title the group chose.
/// </summary>
public sealed class IcsWriter
{
    private readonly StringBuilder _text = new();

    public IcsWriter(string calendarName)
    {
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Circles//Calendar//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Property("X-WR-CALNAME", calendarName);
    }

    public IcsWriter Event(string uid, DateTime startUtc, DateTime endUtc, string title, DateTime stampUtc, bool cancelled, string? location = null)
    {
        Line("BEGIN:VEVENT");
        Property("UID", uid);
        Line("DTSTAMP:" + Utc(stampUtc));
        Line("DTSTART:" + Utc(startUtc));
        Line("DTEND:" + Utc(endUtc));
        Property("SUMMARY", title);
        if (!string.IsNullOrEmpty(location))
        {
            Property("LOCATION", location);
        }
        if (cancelled)
        {
            Line("STATUS:CANCELLED");
        }
        Line("END:VEVENT");
        return this;
    }

    public override string ToString() => _text + "END:VCALENDAR\r\n";

    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    private static string Utc(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private void Property(string name, string value) => Line($"{name}:{Escape(value)}");

    /// <summary>Folds a content line into 75-octet pieces; continuation lines start with one space.</summary>
    private void Line(string line)
    {
        var limit = 75;
        var octets = 0;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + width > limit)
            {
                _text.Append(line, start, i - start).Append("\r\n ");
                start = i;
                octets = 1; // the leading space of the continuation line
                limit = 75;
            }
            octets += width;
            if (char.IsHighSurrogate(line[i]))
            {
                i++; // keep a surrogate pair together
            }
        }
        _text.Append(line, start, line.Length - start).Append("\r\n");
    }
}
