using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Sessions;
using Circles.Web.Features.Wellbeing;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Wellbeing;

/// <summary>WHO-5 check-ins: the member's own trend, and staff's de-identified totals (groups of 5 or more).</summary>
public sealed class WellbeingTests
{
    private static Dictionary<string, string> Answers(params int[] items) =>
        items.Select((value, i) => (Key: "Item" + (i + 1), Value: value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(x => x.Key, x => x.Value);

    private static async Task AddCheckInAsync(CirclesApp app, TestOrganization organization, Guid userId, DateTime takenAt, int item)
    {
        await app.InOrganizationAsync(organization, async db =>
        {
            db.WellbeingCheckIns.Add(new WellbeingCheckIn { UserId = userId, TakenAt = takenAt, Item1 = item, Item2 = item, Item3 = item, Item4 = item, Item5 = item });
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task CheckIn_AllFiveAnswered_SavesAndShowsThePercentage()
    {
        using var app = new CirclesApp();
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var response = await member.SubmitFormAsync("/wellbeing/check-in", Answers(3, 4, 2, 5, 2));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wellbeing?saved=1", response.Headers.Location?.OriginalString);
        var (_, page) = await member.GetPageAsync("/wellbeing?saved=1");
        Assert.Equal("64", page.QuerySelector("[data-wellbeing-saved]")?.GetAttribute("data-wellbeing-saved"));
        Assert.Contains("64%", page.QuerySelector("[data-wellbeing-table]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-wellbeing-crisis-lines]"));
        var saved = await app.InOrganizationAsync(organization, db => db.WellbeingCheckIns.SingleAsync());
        Assert.Equal((organization.Member.Id, 3, 4, 2, 5, 2), (saved.UserId, saved.Item1, saved.Item2, saved.Item3, saved.Item4, saved.Item5));
    }

    [Fact]
    public async Task CheckIn_LowScore_GentlyShowsTheCrisisLines()
    {
        using var app = new CirclesApp();
        var organization = await app.CreateOrganizationAsync();
        await app.InOrganizationAsync(organization, db =>
            db.Organizations.Where(o => o.Id == organization.Id).ExecuteUpdateAsync(o => o.SetProperty(x => x.CrisisLines, "Night line 0800 123 456")));
        var member = await app.SignedInAsync(organization.Member);

        await member.SubmitFormAsync("/wellbeing/check-in", Answers(2, 2, 2, 3, 3));

        var (_, page) = await member.GetPageAsync("/wellbeing?saved=1");
        Assert.Equal("48", page.QuerySelector("[data-wellbeing-saved]")?.GetAttribute("data-wellbeing-saved"));
        Assert.Contains("Night line 0800 123 456", page.QuerySelector("[data-wellbeing-crisis-lines]")?.TextContent);
        Assert.Contains("peer supporter", page.QuerySelector("[data-wellbeing-saved]")!.TextContent);
    }

    [Fact]
    public async Task CheckIn_MissingAnswers_NamesThemAndKeepsTheOthers()
    {
        using var app = new CirclesApp();
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var response = await member.SubmitFormAsync("/wellbeing/check-in", new Dictionary<string, string> { ["Item1"] = "4", ["Item3"] = "1", ["Item5"] = "0" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("statement 2", summary);
        Assert.Contains("statement 4", summary);
        Assert.DoesNotContain("statement 1.", summary);
        Assert.NotNull(page.QuerySelector("input[name=Item1][value='4'][checked]"));
        Assert.NotNull(page.QuerySelector("input[name=Item3][value='1'][checked]"));
        Assert.NotNull(page.QuerySelector("input[name=Item5][value='0'][checked]"));
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.WellbeingCheckIns.CountAsync()));
    }

    [Fact]
    public async Task Trend_ShowsOnlyTheMembersOwnCheckIns()
    {
        using var app = new CirclesApp();
        var organization = await app.CreateOrganizationAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await AddCheckInAsync(app, organization, organization.Member.Id, now.AddDays(-14), 2);
        await AddCheckInAsync(app, organization, organization.Member.Id, now.AddDays(-1), 4);
        await AddCheckInAsync(app, organization, organization.PeerSupporter.Id, now.AddDays(-2), 1);
        var member = await app.SignedInAsync(organization.Member);

        var (_, page) = await member.GetPageAsync("/wellbeing");

        Assert.Equal("Your wellbeing went from 40% to 80% over 2 check-ins.", page.QuerySelector("svg[data-wellbeing-chart]")?.GetAttribute("aria-label"));
        Assert.Equal("img", page.QuerySelector("svg[data-wellbeing-chart]")?.GetAttribute("role"));
        var rows = page.QuerySelectorAll("[data-wellbeing-table] tbody tr").Select(r => r.Children[1].TextContent).ToList();
        Assert.Equal(["80%", "40%"], rows);
        Assert.DoesNotContain("20%", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Rhythm_IsSaved_AndWeeklyOffersTheCheckInWhenDue()
    {
        using var app = new CirclesApp();
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        var (_, home) = await member.GetPageAsync("/home/member");
        Assert.Null(home.QuerySelector("[data-wellbeing-offer]"));

        await member.SubmitFormAsync("/wellbeing", new Dictionary<string, string> { ["Rhythm"] = "Weekly" }, "main form[action*=Rhythm]");
        await member.SubmitFormAsync("/wellbeing/check-in", Answers(3, 3, 3, 3, 3));
        Assert.Equal(WellbeingRhythm.Weekly, await app.InOrganizationAsync(organization, db => db.Users.Where(u => u.Id == organization.Member.Id).Select(u => u.WellbeingRhythm).SingleAsync()));
        (_, home) = await member.GetPageAsync("/home/member");
        Assert.Null(home.QuerySelector("[data-wellbeing-offer]"));

        // A week later the old session has timed out (SEC-16): the member signs in again.
        app.Clock.Advance(TimeSpan.FromDays(7));
        member = await app.SignedInAsync(organization.Member);
        (_, home) = await member.GetPageAsync("/home/member");
        Assert.NotNull(home.QuerySelector("[data-wellbeing-offer]"));
        var (_, wellbeing) = await member.GetPageAsync("/wellbeing");
        Assert.NotNull(wellbeing.QuerySelector("[data-wellbeing-due]"));
    }

    [Fact]
    public async Task AfterSessions_OffersTheAttendedSession_AndRecordsIt()
    {
        using var app = new CirclesApp();
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var sessionId = await app.CreateSessionAsync(organization, group.Id, now.AddHours(-3));
        await app.InOrganizationAsync(organization, async db =>
        {
            await db.Users.Where(u => u.Id == organization.Member.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.WellbeingRhythm, WellbeingRhythm.AfterSessions));
            db.Attendances.Add(new Attendance { SessionId = sessionId, UserId = organization.Member.Id, Status = AttendanceStatus.Present, RecordedAt = now });
            return await db.SaveChangesAsync();
        });
        var member = await app.SignedInAsync(organization.Member);

        var (_, home) = await member.GetPageAsync("/home/member");
        var link = home.QuerySelector("[data-wellbeing-offer] a")?.GetAttribute("href");
        Assert.Equal($"/wellbeing/check-in?afterSession={sessionId}", link);
        await member.SubmitFormAsync(link!, Answers(4, 4, 4, 4, 4));

        Assert.Equal(sessionId, await app.InOrganizationAsync(organization, db => db.WellbeingCheckIns.Select(c => c.AfterSessionId).SingleAsync()));
        (_, home) = await member.GetPageAsync("/home/member");
        Assert.Null(home.QuerySelector("[data-wellbeing-offer]"));
    }

    [Fact]
    public async Task CheckIn_AfterASessionNotAttended_IgnoresTheSession()
    {
        using var app = new CirclesApp();
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var sessionId = await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddHours(-3));
        var member = await app.SignedInAsync(organization.Member);

        await member.SubmitFormAsync($"/wellbeing/check-in?afterSession={sessionId}", Answers(4, 4, 4, 4, 4));

        Assert.Null(await app.InOrganizationAsync(organization, db => db.WellbeingCheckIns.Select(c => c.AfterSessionId).SingleAsync()));
    }

    [Theory]
    [InlineData("/wellbeing")]
    [InlineData("/wellbeing/check-in")]
    public async Task MemberPages_AreRefusedToStaff(string url)
    {
        using var app = new CirclesApp();
        var organization = await app.CreateOrganizationAsync();
        foreach (var staff in new[] { organization.Coordinator, organization.Facilitator })
        {
            var client = await app.SignedInAsync(staff);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Overview_IsRefusedToMembersFacilitatorsAndPeerSupporters()
    {
        using var app = new CirclesApp();
        var organization = await app.CreateOrganizationAsync();
        foreach (var person in new[] { organization.Member, organization.Facilitator, organization.PeerSupporter })
        {
            var client = await app.SignedInAsync(person);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/wellbeing/overview")).StatusCode);
        }
    }

    [Fact]
    public async Task Overview_FourPeopleAreSuppressed_FiveAreShownWithTheirAverage()
    {
        using var app = new CirclesApp();
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var people = new List<TestUser>();
        for (var i = 0; i < 5; i++)
        {
            people.Add(await app.AddUserAsync(organization.Id, Roles.Member));
        }
        var group = await app.CreateGroupAsync(organization, activeMembers: people);
        // Four people this month (an earlier, lower check-in of the first is replaced by their latest).
        await AddCheckInAsync(app, organization, people[0].Id, now.AddMinutes(-30), 0);
        for (var i = 0; i < 4; i++)
        {
            await AddCheckInAsync(app, organization, people[i].Id, now.AddMinutes(-10 + i), i + 1);
        }
        // Another organization's check-ins never count.
        for (var i = 0; i < 3; i++)
        {
            var stranger = await app.AddUserAsync(other.Id, Roles.Member);
            await AddCheckInAsync(app, other, stranger.Id, now.AddMinutes(-5), 5);
        }
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var month = $"{now.Year:D4}-{now.Month:D2}";

        var (_, page) = await coordinator.GetPageAsync("/wellbeing/overview");
        Assert.NotNull(page.QuerySelector($"tr[data-month='{month}'] [data-suppressed]"));
        Assert.Equal("Fewer than 5 people", page.QuerySelector($"tr[data-group='{group.Id}'] [data-suppressed]")?.TextContent);
        Assert.Null(page.QuerySelector("[data-people]"));

        await AddCheckInAsync(app, organization, people[4].Id, now.AddMinutes(-1), 5);
        (_, page) = await coordinator.GetPageAsync("/wellbeing/overview");

        // Raw scores 5, 10, 15, 20, 25: average 15, i.e. 60%; two are below 13.
        foreach (var row in new[] { $"tr[data-month='{month}']", $"tr[data-group='{group.Id}']" })
        {
            Assert.Equal("5", page.QuerySelector($"{row} [data-people]")?.TextContent);
            Assert.Equal("60%", page.QuerySelector($"{row} [data-average]")?.TextContent);
            Assert.Equal("2", page.QuerySelector($"{row} [data-low]")?.TextContent);
        }
        // Only the first person has two check-ins: the change is suppressed.
        Assert.NotNull(page.QuerySelector("[data-wellbeing-change][data-suppressed]"));
        var text = page.QuerySelector("main")!.TextContent;
        // The user name is the pseudonym others see: none appears (nor any name).
        foreach (var person in people.Append(organization.Member))
        {
            Assert.DoesNotContain(person.UserName, text);
        }
    }

    [Fact]
    public async Task Overview_ChangeIsShownForFivePeopleWithTwoCheckIns()
    {
        using var app = new CirclesApp();
        var organization = await app.CreateOrganizationAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 5; i++)
        {
            var person = await app.AddUserAsync(organization.Id, Roles.Member);
            await AddCheckInAsync(app, organization, person.Id, now.AddDays(-40), 2);
            await AddCheckInAsync(app, organization, person.Id, now.AddDays(-1), 3);
        }
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var (_, page) = await coordinator.GetPageAsync("/wellbeing/overview");

        Assert.Equal("5 people: on average 40% at first, 60% at their latest check-in.", page.QuerySelector("[data-wellbeing-change]")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("es", "Me he sentido alegre y de buen humor", "La mayor parte del tiempo")]
    [InlineData("ar", "شعرت بالهدوء والاسترخاء", "طوال الوقت")]
    public async Task CheckIn_ItemsAndAnswers_AreTranslated(string language, string item, string answer)
    {
        using var app = new CirclesApp();
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        member.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var (_, page) = await member.GetPageAsync("/wellbeing/check-in");

        Assert.Equal(5, page.QuerySelectorAll("fieldset[data-who5-item]").Length);
        Assert.Contains(item, page.QuerySelector("main")!.TextContent);
        Assert.Contains(answer, page.QuerySelector("main")!.TextContent);
        Assert.Equal(6, page.QuerySelectorAll("fieldset[data-who5-item='1'] input[type=radio]").Length);
    }
}
