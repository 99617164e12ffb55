using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Circles.Web.Features.Calendar;

/// <summary>
/// An iCalendar file (RFC 5545) built and written by Ical.Net: CRLF line ends, lines folded at 75
/// octets, text escaped, times in UTC. An event carries its UID, stamp, start, end, the neutral
/// title the group chose and, when so, that it is cancelled: never a place, a group name or a
/// description, so a calendar app (or whoever syncs it) learns nothing more.
/// </summary>
public sealed class IcsWriter
{
    private const int MaxLineOctets = 75;

    private readonly Ical.Net.Calendar _calendar;

    public IcsWriter(string calendarName)
    {
        _calendar = new Ical.Net.Calendar
        {
            ProductId = "-//Circles//Calendar//EN",
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        _calendar.AddProperty("X-WR-CALNAME", calendarName);
    }

    public IcsWriter Event(string uid, DateTime startUtc, DateTime endUtc, string title, DateTime stampUtc, bool cancelled)
    {
        var entry = new CalendarEvent
        {
            Uid = uid,
            DtStamp = Utc(stampUtc),
            DtStart = Utc(startUtc),
            DtEnd = Utc(endUtc),
            Summary = title,
        };
        if (cancelled)
        {
            entry.Status = EventStatus.Cancelled;
        }
        // Ical.Net adds SEQUENCE:0 of its own; Circles never revises an event's sequence, and the
        // feed carries only the properties listed above.
        entry.Properties.Remove("SEQUENCE");
        _calendar.Events.Add(entry);
        return this;
    }

    public override string ToString() => Refold(new CalendarSerializer().SerializeToString(_calendar)!);

    // Database times come back without a kind on SQLite; they are UTC, and a CalDateTime of an
    // unspecified kind would be a floating local time.
    private static CalDateTime Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>
    /// Ical.Net (5.2.4) folds at 75 octets but can cut between the two halves of a surrogate pair,
    /// which UTF-8 then sends as two U+FFFD: an emoji in a title would arrive broken. So its lines
    /// are unfolded (its text never holds a raw line break, escaping writes <c>\n</c>) and folded
    /// again between whole characters; continuation lines start with one space.
    /// </summary>
    private static string Refold(string ics)
    {
        var text = new StringBuilder(ics.Length + ics.Length / 32);
        foreach (var line in ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n"))
        {
            if (line.Length == 0)
            {
                continue; // after the final CRLF
            }
            var octets = 0;
            for (var i = 0; i < line.Length;)
            {
                Rune.DecodeFromUtf16(line.AsSpan(i), out var character, out var chars);
                if (octets + character.Utf8SequenceLength > MaxLineOctets)
                {
                    text.Append("\r\n ");
                    octets = 1;
                }
                text.Append(line, i, chars);
                octets += character.Utf8SequenceLength;
                i += chars;
            }
            text.Append("\r\n");
        }
        return text.ToString();
    }
}
