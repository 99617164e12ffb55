using System.Net;
using System.Text;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Calendar;

namespace Circles.IntegrationTests.Features.Groups;

/// <summary>Calendars: valid RFC 5545, neutral titles, a private feed that can be revoked.</summary>
[Collection(SharedApp.Name)]
public sealed class CalendarTests(SharedCirclesApp app)
{
    /// <summary>
    /// A strict reading of RFC 5545's syntax: CRLF line ends, lines of at most 75 octets, unfolding,
    /// balanced BEGIN/END, the required properties, and UTC date-times.
    /// </summary>
    private static List<Dictionary<string, string>> ParseEvents(string ics)
    {
        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        var physical = ics[..^2].Split("\r\n");
        Assert.All(physical, line =>
        {
            Assert.DoesNotContain('\n', line);
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}");
        });
        var lines = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ') || line.StartsWith('\t'))
            {
                lines[^1] += line[1..];
            }
            else
            {
                lines.Add(line);
            }
        }
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                Assert.Null(current);
                current = [];
            }
            else if (line == "END:VEVENT")
            {
                Assert.NotNull(current);
                foreach (var required in new[] { "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY" })
                {
                    Assert.True(current.ContainsKey(required), $"event without {required}");
                }
                Assert.Matches("^[0-9]{8}T[0-9]{6}Z$", current["DTSTART"]);
                events.Add(current);
                current = null;
            }
            else if (current is not null)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                current[line[..colon]] = line[(colon + 1)..];
            }
        }
        Assert.Null(current);
        return events;
    }

    [Fact]
    public void Writer_FoldsLongLinesAndEscapesText_ThatUnfoldsBackExactly()
    {
        var title = "Encuentro; café, té y \"charla\" \\ ñandú 🌻 " + new string('x', 120) + " نور";

        var summary = Assert.Single(ParseEvents(WriteOneEvent(title)))["SUMMARY"];

        Assert.Equal(title, UnescapeText(summary));
        Assert.Contains("\\;", summary, StringComparison.Ordinal);
        Assert.Contains("\\,", summary, StringComparison.Ordinal);
        Assert.Contains("\\\\", summary, StringComparison.Ordinal);
        Assert.Contains("🌻", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_NeverFoldsInsideACharacter()
    {
        // Emoji (two UTF-16 units, four octets) and Arabic letters (two octets) across every fold position.
        for (var pad = 0; pad < 4; pad++)
        {
            var title = new string('x', pad) + string.Concat(Enumerable.Repeat("🌻نور", 30));

            var summary = Assert.Single(ParseEvents(WriteOneEvent(title)))["SUMMARY"];

            Assert.Equal(title, summary);
        }
    }

    /// <summary>One event, as the bytes a calendar app receives decode: a character cut by a fold would show as U+FFFD.</summary>
    private static string WriteOneEvent(string title)
    {
        var ics = new IcsWriter("Calendar")
            .Event("a@circles", new DateTime(2027, 1, 1, 18, 0, 0, DateTimeKind.Utc), new DateTime(2027, 1, 1, 19, 30, 0, DateTimeKind.Utc), title,
                new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), cancelled: false)
            .ToString();
        return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(ics));
    }

    /// <summary>RFC 5545 section 3.3.11: TEXT escapes backslash, semicolon, comma and line breaks.</summary>
    private static string UnescapeText(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                Assert.False(value[i] is ';' or ',', $"unescaped {value[i]} in {value}");
                text.Append(value[i]);
            }
        }
        return text.ToString();
    }

    [Fact]
    public async Task SessionDownload_HasTheNeutralTitleOnly()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, place: "Secret back room", activeMembers: [organization.Member]);
        var sessionId = await app.CreateSessionAsync(organization, group.Id, new DateTime(2027, 5, 6, 17, 0, 0, DateTimeKind.Utc));

        var response = await (await app.SignedInAsync(organization.Member)).GetAsync($"/sessions/{sessionId}/calendar.ics");
        var ics = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var session = Assert.Single(ParseEvents(ics));
        Assert.Equal("Meeting", session["SUMMARY"]);
        Assert.Equal("20270506T170000Z", session["DTSTART"]);
        Assert.Equal("20270506T183000Z", session["DTEND"]);
        Assert.DoesNotContain(group.Name, ics, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret back room", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivateFeed_ListsMySessions_AndStopsWorkingWhenRevoked()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var otherGroup = await app.CreateGroupAsync(organization);
        await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(3));
        await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(10));
        await app.CreateSessionAsync(organization, otherGroup.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(4));
        var member = await app.SignedInAsync(organization.Member);

        var created = await member.SubmitFormAsync("/me/calendar", GroupArrangement.NoFields(), "form[action*='handler=Create']");
        var address = new Uri((await created.ParseAsync()).QuerySelector("[data-calendar-address]")!.TextContent.Trim());
        var calendarApp = app.CreateDefaultClient(new Uri("https://localhost"));

        var feed = await calendarApp.GetAsync(address.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(2, ParseEvents(await feed.Content.ReadAsStringAsync()).Count);

        await member.SubmitFormAsync("/me/calendar", GroupArrangement.NoFields(), "form[action*='handler=Revoke']");
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(address.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Feed_WithAGuessedToken_Is404()
    {
        var response = await app.CreateDefaultClient(new Uri("https://localhost")).GetAsync("/calendar/not-a-real-token.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
