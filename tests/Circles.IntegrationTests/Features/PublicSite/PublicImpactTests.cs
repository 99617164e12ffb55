using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Sessions;
using Circles.Web.Features.Volunteering;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.PublicSite;

/// <summary>
/// SEC-34 (small numbers): the optional public impact page shows four totals of the last 12
/// complete months, a figure resting on fewer than 5 people reads "fewer than 5", people who opted
/// out are not counted, another organization's data never is; off (404) unless turned on.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PublicImpactTests(SharedCirclesApp app)
{
    private async Task TurnImpactOnAsync(TestOrganization organization)
    {
        await app.TurnPublicPagesOnAsync(organization);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var saved = await coordinator.SubmitFormAsync("/settings/public-pages", new Dictionary<string, string> { ["PublicImpactEnabled"] = "true" }, "[data-impact-form]");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>A held session last month in a new group, attended by <paramref name="present"/> new members; returns them.</summary>
    private async Task<List<TestUser>> SessionAttendedByAsync(TestOrganization organization, int present)
    {
        var group = await app.CreateGroupAsync(organization);
        var sessionId = await app.CreateSessionAsync(organization, group.Id, new DateTime(2026, 10, 5, 17, 0, 0, DateTimeKind.Utc));
        var people = new List<TestUser>();
        for (var i = 0; i < present; i++)
        {
            people.Add(await app.AddUserAsync(organization.Id, Roles.Member));
        }
        await app.InOrganizationAsync(organization, async db =>
        {
            var session = await db.GroupSessions.SingleAsync(s => s.Id == sessionId);
            session.Status = SessionStatus.Held;
            foreach (var person in people)
            {
                db.Attendances.Add(new Attendance { SessionId = sessionId, UserId = person.Id, Status = AttendanceStatus.Present, RecordedAt = session.StartsAt });
            }
            await db.SaveChangesAsync();
        });
        return people;
    }

    private async Task<Dictionary<string, string>> FiguresAsync(TestOrganization organization)
    {
        var (response, page) = await app.NewBrowser().GetPageAsync($"/public-site/{organization.Slug}/impact");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelectorAll("[data-figure]").ToDictionary(d => d.GetAttribute("data-figure")!, d => d.TextContent.Trim());
    }

    [Fact]
    public async Task ImpactPage_Off_Is404_EvenWithThePublicPagesOn()
    {
        var organization = await app.CreateOrganizationAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewBrowser().GetAsync($"/public-site/{organization.Slug}/impact")).StatusCode);

        await app.TurnPublicPagesOnAsync(organization);

        Assert.Equal(HttpStatusCode.NotFound, (await app.NewBrowser().GetAsync($"/public-site/{organization.Slug}/impact")).StatusCode);
    }

    [Fact]
    public async Task ImpactPage_On_ShowsTheFigures_WithoutAccount_NoCookie_NoStore_QuickExit_AndTheRule()
    {
        var organization = await app.CreateOrganizationAsync();
        await TurnImpactOnAsync(organization);
        var people = await SessionAttendedByAsync(organization, 6);
        await app.InOrganizationAsync(organization, async db =>
        {
            foreach (var person in people)
            {
                db.Needs.Add(new Need { MemberUserId = person.Id, Status = NeedStatus.Met, CreatedAt = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), ClosedAt = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc) });
            }
            await db.SaveChangesAsync();
        });

        var response = await app.NewBrowser().GetAsync($"/public-site/{organization.Slug}/impact");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var page = await response.ParseAsync();
        Assert.NotNull(page.QuerySelector("a[data-quick-exit][href='/exit']"));
        Assert.NotNull(page.QuerySelector("[data-suppression-rule]"));
        var figures = page.QuerySelectorAll("[data-figure]").ToDictionary(d => d.GetAttribute("data-figure")!, d => d.TextContent.Trim());
        Assert.Equal("6", figures["people"]);
        Assert.Equal("fewer than 5", figures["sessions"]);
        Assert.Equal("6", figures["needs"]);
        Assert.Equal("0", figures["hours"]);
    }

    [Fact]
    public async Task ImpactPage_FiguresOnFewerThan5People_ReadFewerThan5()
    {
        var organization = await app.CreateOrganizationAsync();
        await TurnImpactOnAsync(organization);
        var people = await SessionAttendedByAsync(organization, 3);
        var volunteer = organization.Volunteer;
        await app.InOrganizationAsync(organization, async db =>
        {
            // 40 hours from one volunteer: the figure rests on one person.
            db.VolunteerHours.Add(new VolunteerHours { UserId = volunteer.Id, WorkedOn = new DateOnly(2026, 9, 1), Quarters = 96, Status = HoursStatus.Approved, SubmittedAt = new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc) });
            // 7 needs met of 2 people: a figure above 4 that still rests on fewer than 5 people.
            for (var i = 0; i < 7; i++)
            {
                db.Needs.Add(new Need { MemberUserId = people[i % 2].Id, Status = NeedStatus.Met, CreatedAt = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), ClosedAt = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc) });
            }
            await db.SaveChangesAsync();
        });

        var figures = await FiguresAsync(organization);

        Assert.Equal("fewer than 5", figures["people"]);
        Assert.Equal("fewer than 5", figures["sessions"]);
        Assert.Equal("fewer than 5", figures["hours"]);
        Assert.Equal("fewer than 5", figures["needs"]);
    }

    [Fact]
    public async Task ImpactPage_APersonWhoOptedOut_IsNotCounted()
    {
        var organization = await app.CreateOrganizationAsync();
        await TurnImpactOnAsync(organization);
        var people = await SessionAttendedByAsync(organization, 7);
        Assert.Equal("7", (await FiguresAsync(organization))["people"]);

        var browser = await app.SignedInAsync(people[0]);
        await browser.SubmitFormAsync("/account/counting", new Dictionary<string, string> { ["CountMeIn"] = "false" }, "[data-counting-form]");

        Assert.Equal("6", (await FiguresAsync(organization))["people"]);
    }

    [Fact]
    public async Task ImpactPage_NeverCountsAnotherOrganization_NorWhatIsOutsideTheLast12CompleteMonths()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        await TurnImpactOnAsync(organization);
        await TurnImpactOnAsync(other);
        await SessionAttendedByAsync(organization, 5);
        await SessionAttendedByAsync(other, 8);
        // This month's session is not in the figures yet.
        var group = await app.CreateGroupAsync(organization);
        var thisMonth = await app.CreateSessionAsync(organization, group.Id, new DateTime(2026, 11, 1, 17, 0, 0, DateTimeKind.Utc));
        var late = await app.AddUserAsync(organization.Id, Roles.Member);
        await app.InOrganizationAsync(organization, async db =>
        {
            db.Attendances.Add(new Attendance { SessionId = thisMonth, UserId = late.Id, Status = AttendanceStatus.Present, RecordedAt = new DateTime(2026, 11, 1, 17, 0, 0, DateTimeKind.Utc) });
            await db.SaveChangesAsync();
        });

        Assert.Equal("5", (await FiguresAsync(organization))["people"]);
        Assert.Equal("8", (await FiguresAsync(other))["people"]);
        // A signed-in coordinator of the other organization sees the same figures.
        var (_, seenByOther) = await (await app.SignedInAsync(other.Coordinator)).GetPageAsync($"/public-site/{organization.Slug}/impact");
        Assert.Equal("5", seenByOther.QuerySelector("[data-figure=people]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "People who took part in groups")]
    [InlineData("es", "Personas que participaron en grupos")]
    [InlineData("ar", "الأشخاص الذين شاركوا في المجموعات")]
    public async Task ImpactPage_InEachLanguage(string language, string expected)
    {
        var organization = await app.CreateOrganizationAsync();
        await TurnImpactOnAsync(organization);
        var browser = app.NewBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await (await browser.GetAsync($"/public-site/{organization.Slug}/impact")).ParseAsync();

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(expected, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImpactSetting_IsForCoordinators_AndTurnsOff()
    {
        var organization = await app.CreateOrganizationAsync();
        await TurnImpactOnAsync(organization);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PostAsync("/settings/public-pages?handler=Impact", new FormUrlEncodedContent([]))).StatusCode);

        var coordinator = await app.SignedInAsync(organization.Coordinator);
        await coordinator.SubmitFormAsync("/settings/public-pages", new Dictionary<string, string> { ["PublicImpactEnabled"] = "false" }, "[data-impact-form]");

        Assert.Equal(HttpStatusCode.NotFound, (await app.NewBrowser().GetAsync($"/public-site/{organization.Slug}/impact")).StatusCode);
    }
}
