using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Groups;

[Collection(SharedApp.Name)]
public sealed class HomeAndCommunityTests(SharedCirclesApp app)
{
    [Fact]
    public async Task Community_DescribedByACoordinator_IsSavedWithBarriers_AndHiddenFromOthers()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var saved = await coordinator.SubmitFormAsync("/communities", new Dictionary<string, string>
        {
            ["Form.Name"] = "Harbour workers",
            ["Form.Kind"] = "Rural",
            ["Form.Languages"] = "Tagalog, English",
            ["Form.Barriers"] = "Transport",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var community = await app.InOrganizationAsync(organization, db => db.Communities.SingleAsync());
        Assert.Equal(Circles.Web.Features.Communities.AccessBarriers.Transport, community.Barriers);
        // Trusted leaders are partner links now (Features/Partners/TrustedLeadersConversionTests).
        Assert.Equal("", community.TrustedLeaders);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(other.Coordinator)).GetAsync($"/communities/{community.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync(organization.Facilitator)).GetAsync("/communities")).StatusCode);
    }

    [Fact]
    public async Task Community_WithoutAName_KeepsWhatWasTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var refused = await coordinator.SubmitFormAsync("/communities", new Dictionary<string, string>
        {
            ["Form.Name"] = "",
            ["Form.CulturalNotes"] = "Notes typed with care",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal("Notes typed with care", page.QuerySelector("textarea[name='Form.CulturalNotes']")!.TextContent);
    }

    [Fact]
    public async Task GroupCreated_ByACoordinator_HasItsFacilitators()
    {
        var organization = await app.CreateOrganizationAsync();
        var arranged = await app.CreateGroupAsync(organization);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var created = await coordinator.SubmitFormAsync($"/groups/new?community={arranged.CommunityId}", new Dictionary<string, string>
        {
            ["Form.Name"] = "Saturday circle",
            ["Form.Language"] = "es",
            ["Form.Capacity"] = "8",
            ["Form.TimeZone"] = "America/Mexico_City",
            ["Form.FacilitatorIds"] = organization.Facilitator.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await (await (await app.SignedInAsync(organization.Facilitator)).GetAsync(created.Headers.Location!.OriginalString)).ParseAsync();
        Assert.NotNull(page.QuerySelector("form[action*='handler=Invite']"));
    }

    [Fact]
    public async Task MemberHome_ShowsTheNextSessionWithItsPlaceAndTheRules()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, place: "Library, room 2", activeMembers: [organization.Member]);
        await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(9));
        await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(2));
        await (await app.SignedInAsync(organization.Facilitator)).SubmitFormAsync($"/groups/{group.Id}/rules",
            new Dictionary<string, string> { ["Draft"] = "Everyone can pass." }, "form[action*='handler=Publish']");

        var home = await (await (await app.SignedInAsync(organization.Member)).GetAsync("/home/member")).ParseAsync();

        var next = home.QuerySelector("[data-next-session]")!;
        Assert.Contains("Library, room 2", next.TextContent, StringComparison.Ordinal);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddDays(2).ToString("O"), next.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("Everyone can pass.", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("[data-rules-waiting]"));
    }

    [Fact]
    public async Task MemberHome_NextSessionIsTheEarliestOfTheActiveGroups_AndRulesWaitOnlyWhereNotAgreed()
    {
        var organization = await app.CreateOrganizationAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var agreed = await app.CreateGroupAsync(organization, place: "Library", activeMembers: [organization.Member]);
        var waiting = await app.CreateGroupAsync(organization, place: "Community hall", activeMembers: [organization.Member]);
        var invited = await app.CreateGroupAsync(organization, place: "Not yet joined");
        await app.InOrganizationAsync(organization, db =>
        {
            db.GroupMemberships.Add(new Circles.Web.Features.Groups.GroupMembership { GroupId = invited.Id, UserId = organization.Member.Id, Status = Circles.Web.Features.Groups.MembershipStatus.Invited, UpdatedAt = now });
            return db.SaveChangesAsync();
        });
        await app.CreateSessionAsync(organization, invited.Id, now.AddDays(1));
        await app.CreateSessionAsync(organization, agreed.Id, now.AddDays(5));
        await app.CreateSessionAsync(organization, waiting.Id, now.AddDays(6));
        await app.CreateSessionAsync(organization, waiting.Id, now.AddDays(3));
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        foreach (var group in new[] { agreed, waiting })
        {
            await facilitator.SubmitFormAsync($"/groups/{group.Id}/rules", new Dictionary<string, string> { ["Draft"] = $"Rules of {group.Name}" }, "form[action*='handler=Publish']");
        }
        var member = await app.SignedInAsync(organization.Member);
        await member.SubmitFormAsync($"/groups/{agreed.Id}/rules", GroupArrangement.NoFields(), "form[action*='handler=Agree']");

        var home = await (await member.GetAsync("/home/member")).ParseAsync();

        var next = home.QuerySelector("[data-next-session]")!;
        Assert.Contains("Community hall", next.TextContent, StringComparison.Ordinal);
        Assert.Equal(now.AddDays(3).ToString("O"), next.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains($"Rules of {waiting.Name}", home.QuerySelector("section[aria-labelledby=next-heading]")!.TextContent, StringComparison.Ordinal);
        var rulesWaiting = Assert.Single(home.QuerySelectorAll("[data-rules-waiting]"));
        Assert.Contains(waiting.Name, rulesWaiting.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// The member home's queries are compiled once (issue 17); the tenant filter must still apply
    /// to them. Rows another organization holds under this member's id (which no page can make)
    /// never reach their home: no group, no next session, no feedback asked.
    /// </summary>
    [Fact]
    public async Task MemberHome_AsMember_NeverShowsRowsAnotherOrganizationHoldsForThem()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var theirs = await app.CreateGroupAsync(other, place: "Their hall", activeMembers: [organization.Member]);
        await app.CreateSessionAsync(other, theirs.Id, now.AddDays(2));
        var past = await app.CreateSessionAsync(other, theirs.Id, now.AddDays(-2));
        await app.InOrganizationAsync(other, db =>
        {
            db.FeedbackRequests.Add(new Circles.Web.Features.Feedback.FeedbackRequest { SessionId = past, UserId = organization.Member.Id });
            return db.SaveChangesAsync();
        });

        var home = await (await (await app.SignedInAsync(organization.Member)).GetAsync("/home/member")).ParseAsync();

        var main = home.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain(theirs.Name, main, StringComparison.Ordinal);
        Assert.DoesNotContain("Their hall", main, StringComparison.Ordinal);
        Assert.Null(home.QuerySelector("[data-next-session]"));
        Assert.Null(home.QuerySelector("[data-feedback-waiting]"));
    }

    [Fact]
    public async Task FacilitatorHome_ShowsTodaysSessionsAndAttendanceStillToTake()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, timeZone: "UTC", activeMembers: [organization.Member]);
        var now = app.Clock.GetUtcNow().UtcDateTime; // 09:00 UTC
        await app.CreateSessionAsync(organization, group.Id, now.AddHours(8));
        var past = await app.CreateSessionAsync(organization, group.Id, now.AddDays(-2));

        var home = await (await (await app.SignedInAsync(organization.Facilitator)).GetAsync("/home/facilitator")).ParseAsync();

        Assert.Single(home.QuerySelectorAll("[data-today-session]"));
        Assert.Contains($"/sessions/{past}/run", home.QuerySelector("[data-attendance-due] a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoordinatorHome_ShowsAttendanceOfTheLastTwelveWeeksByCommunity()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(-3));
        await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(-100));
        await app.InOrganizationAsync(organization, async db =>
        {
            foreach (var session in await db.GroupSessions.ToListAsync())
            {
                session.Status = SessionStatus.Held;
                session.WalkInGuests = 1;
                db.Attendances.Add(new Attendance { SessionId = session.Id, UserId = organization.Member.Id, Status = AttendanceStatus.Present });
            }
            return await db.SaveChangesAsync();
        });

        var home = await (await (await app.SignedInAsync(organization.Coordinator)).GetAsync("/home/coordinator")).ParseAsync();

        var row = home.QuerySelector("[data-attendance-table] tbody tr")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal([group.Name, "1", "1", "1", "2"], row);
    }
}
