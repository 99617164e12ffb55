using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Campaigns;
using Circles.Web.Features.Partners;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Campaigns;

/// <summary>
/// Awareness campaigns, coordinator side: planning, progress against goals (computed and entered),
/// the date rules, tasks done and overdue on the fake clock (2 November 2026), refusals (SEC-18,
/// SEC-19: other roles 403, another organization's records 404, a task reached through another
/// campaign 404), a concurrent edit (SEC-43), and the audit of creation and deletion.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class CampaignTests(SharedCirclesApp app)
{
    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Campaign_PlannedByACoordinator_ShowsItsCommunitiesPartnersAndIsAudited()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var partnerId = await AddPartnerAsync(organization, "Harbour chapel");
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var saved = await coordinator.SubmitFormAsync("/campaigns/new", new Dictionary<string, string>
        {
            ["Form.Name"] = "Know where to turn",
            ["Form.Summary"] = "Leaflets at the market.",
            ["Form.StartsOn"] = Day(Today.AddDays(-10)),
            ["Form.EndsOn"] = Day(Today.AddDays(10)),
            ["Form.CommunityIds"] = group.CommunityId.ToString(),
            ["Form.Partners[0].Selected"] = "true",
            ["Form.Partners[0].Role"] = "hosts the talk",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await (await coordinator.GetAsync(saved.Headers.Location!.OriginalString)).ParseAsync();
        Assert.Equal("Know where to turn", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Harbour chapel: hosts the talk", page.QuerySelector("[data-campaign-partners] li")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("[data-campaign-communities] li"));
        Assert.Equal("52", page.QuerySelector("#campaign-through")!.GetAttribute("value")); // day 11 of 21
        var campaign = await app.InOrganizationAsync(organization, db => db.Campaigns.SingleAsync());
        Assert.Equal(partnerId, await app.InOrganizationAsync(organization, db => db.CampaignPartners.Select(p => p.PartnerId).SingleAsync()));
        Assert.True(await app.InOrganizationAsync(organization, db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.CampaignCreated && e.Subject == campaign.Id.ToString())));

        var list = await (await coordinator.GetAsync("/campaigns")).ParseAsync();
        Assert.NotNull(list.QuerySelector($"[data-phase='Current'] [data-campaign='{campaign.Id}']"));
    }

    [Fact]
    public async Task Progress_ComputedKindsFromTheRecords_OtherFromWhatWasEntered_PercentOver100Shown()
    {
        var organization = await app.CreateOrganizationAsync();
        var campaignId = await AddCampaignAsync(organization, Today.AddDays(-30), Today.AddDays(30));
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var url = $"/campaigns/{campaignId}";

        foreach (var (measure, kind, target, actual) in new[]
        {
            ("People reached", "Reach", "200", ""),
            ("People at the talks", "EventAttendance", "100", ""),
            ("Talks held", "EventsHeld", "4", ""),
            ("Tasks done", "TasksDone", "2", ""),
            ("Partners endorsing", "Other", "4", "5"),
        })
        {
            var added = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>
            {
                ["NewGoal.Measure"] = measure, ["NewGoal.Kind"] = kind, ["NewGoal.Target"] = target, ["NewGoal.EnteredActual"] = actual,
            }, "form[action*='handler=AddGoal']");
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        await PostAsync(coordinator, url, "AddReach", new() { ["NewReach.RecordedOn"] = Day(Today.AddDays(-5)), ["NewReach.Channel"] = "Leaflets", ["NewReach.Count"] = "120" });
        await PostAsync(coordinator, url, "AddReach", new() { ["NewReach.RecordedOn"] = Day(Today.AddDays(-20)), ["NewReach.Channel"] = "Radio", ["NewReach.Count"] = "30" });
        await PostAsync(coordinator, url, "AddEvent", new() { ["NewEvent.Title"] = "Talk at the chapel", ["NewEvent.HeldOn"] = Day(Today.AddDays(-3)), ["NewEvent.Attendance"] = "31" });
        await PostAsync(coordinator, url, "AddEvent", new() { ["NewEvent.Title"] = "Market stall", ["NewEvent.HeldOn"] = Day(Today), ["NewEvent.Attendance"] = "0" });
        await PostAsync(coordinator, url, "AddEvent", new() { ["NewEvent.Title"] = "School talk", ["NewEvent.HeldOn"] = Day(Today.AddDays(5)) });
        await PostAsync(coordinator, url, "AddTask", new() { ["NewTask.Title"] = "Print leaflets", ["NewTask.Owner"] = "person:" + organization.Coordinator.Id, ["NewTask.DueOn"] = Day(Today) });
        var taskId = await app.InOrganizationAsync(organization, db => db.CampaignTasks.Select(t => t.Id).SingleAsync());
        var marked = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(), $"tr[data-task='{taskId}'] form");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);

        var page = await (await coordinator.GetAsync(url)).ParseAsync();
        var goals = page.QuerySelectorAll("[data-goal]").ToDictionary(
            g => g.QuerySelector("strong")!.TextContent,
            g => (Actual: g.GetAttribute("data-actual"), Percent: g.GetAttribute("data-percent"), Bar: g.QuerySelector("progress")!.GetAttribute("value")));
        Assert.Equal(("150", "75", "150"), goals["People reached"]);
        Assert.Equal(("31", "31", "31"), goals["People at the talks"]);
        Assert.Equal(("2", "50", "2"), goals["Talks held"]); // today's event counts as held; next week's does not yet
        Assert.Equal(("1", "50", "1"), goals["Tasks done"]);
        Assert.Equal(("5", "125", "4"), goals["Partners endorsing"]); // beaten: the percent says so, the bar stops at the target
        var totals = page.QuerySelectorAll("[data-reach-totals] tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent).ToList();
        Assert.Equal(["30", "150"], totals);
        Assert.NotNull(page.QuerySelector("svg.bar-chart rect"));
    }

    [Fact]
    public async Task Dates_EndBeforeStart_AttendanceBeforeTheEvent_ReachInTheFuture_AreRefused_KeepingWhatWasTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var refused = await coordinator.SubmitFormAsync("/campaigns/new", new Dictionary<string, string>
        {
            ["Form.Name"] = "Backwards campaign",
            ["Form.Summary"] = "Typed with care",
            ["Form.StartsOn"] = Day(Today.AddDays(10)),
            ["Form.EndsOn"] = Day(Today),
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Contains("The end cannot be before the start.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Typed with care", page.QuerySelector("textarea[name='Form.Summary']")!.TextContent);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.Campaigns.CountAsync()));

        var campaignId = await AddCampaignAsync(organization, Today.AddDays(-5), Today.AddDays(20));
        var url = $"/campaigns/{campaignId}";
        var early = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["NewEvent.Title"] = "Next week's talk", ["NewEvent.HeldOn"] = Day(Today.AddDays(7)), ["NewEvent.Attendance"] = "12",
        }, "form[action*='handler=AddEvent']");
        var earlyPage = await early.ParseAsync();
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("Count the people who came once the event has taken place.", earlyPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Next week's talk", earlyPage.QuerySelector("input[name='NewEvent.Title']")!.GetAttribute("value"));

        var negative = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["NewEvent.Title"] = "Yesterday's talk", ["NewEvent.HeldOn"] = Day(Today.AddDays(-1)), ["NewEvent.Attendance"] = "-3",
        }, "form[action*='handler=AddEvent']");
        Assert.Equal(HttpStatusCode.OK, negative.StatusCode);

        var future = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["NewReach.RecordedOn"] = Day(Today.AddDays(1)), ["NewReach.Count"] = "40", ["NewReach.Note"] = "Radio slot",
        }, "form[action*='handler=AddReach']");
        var futurePage = await future.ParseAsync();
        Assert.Contains("A figure cannot be dated in the future.", futurePage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Radio slot", futurePage.QuerySelector("input[name='NewReach.Note']")!.GetAttribute("value"));
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.CampaignEvents.CountAsync()));
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.CampaignReachFigures.CountAsync()));
    }

    [Fact]
    public async Task Tasks_OverdueHighlighted_DueOnTheCoordinatorsHome_MarkedDoneWithWhoAndWhen()
    {
        var organization = await app.CreateOrganizationAsync();
        var partnerId = await AddPartnerAsync(organization, "Corner shop");
        var campaignId = await AddCampaignAsync(organization, Today.AddDays(-30), Today.AddDays(30));
        var late = await AddTaskAsync(organization, campaignId, "Put up posters", Today.AddDays(-1), partnerId: partnerId);
        var dueToday = await AddTaskAsync(organization, campaignId, "Call the radio", Today, userId: organization.Volunteer.Id);
        var later = await AddTaskAsync(organization, campaignId, "Book the hall", Today.AddDays(20), userId: organization.Coordinator.Id);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var url = $"/campaigns/{campaignId}";

        var page = await (await coordinator.GetAsync(url)).ParseAsync();
        Assert.Equal("overdue", page.QuerySelector($"tr[data-task='{late}']")!.ClassName);
        Assert.Equal("Overdue", page.QuerySelector($"tr[data-task='{late}'] [data-status]")!.TextContent.Trim());
        Assert.Equal("Not done yet", page.QuerySelector($"tr[data-task='{dueToday}'] [data-status]")!.TextContent.Trim());
        Assert.Equal("Open: 3 · Overdue: 1 · Done: 0", page.QuerySelector("[data-task-counts]")!.TextContent);

        var home = await (await coordinator.GetAsync("/home/coordinator")).ParseAsync();
        var due = home.QuerySelectorAll("[data-campaign-tasks-due] li").Select(li => li.GetAttribute("data-task")).ToList();
        Assert.Equal([late.ToString(), dueToday.ToString()], due);
        Assert.Contains("Corner shop", home.QuerySelector($"[data-campaign-tasks-due] li[data-task='{late}']")!.TextContent, StringComparison.Ordinal);

        var marked = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(), $"tr[data-task='{late}'] form");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var task = await app.InOrganizationAsync(organization, db => db.CampaignTasks.SingleAsync(t => t.Id == late));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, task.DoneAt);
        Assert.Equal(organization.Coordinator.Id, task.DoneByUserId);
        page = await (await coordinator.GetAsync(url)).ParseAsync();
        Assert.Contains(organization.Coordinator.UserName, page.QuerySelector($"tr[data-task='{late}'] [data-status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"tr[data-task='{late}']")!.GetAttribute("class"));
        home = await (await coordinator.GetAsync("/home/coordinator")).ParseAsync();
        Assert.Null(home.QuerySelector($"[data-campaign-tasks-due] li[data-task='{late}']"));
        Assert.Null(home.QuerySelector($"[data-campaign-tasks-due] li[data-task='{later}']"));

        var reopened = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(), $"tr[data-task='{late}'] form");
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Null(await app.InOrganizationAsync(organization, db => db.CampaignTasks.Where(t => t.Id == late).Select(t => t.DoneAt).SingleAsync()));
    }

    [Fact]
    public async Task Task_EditedAndDeleted_OwnerMustBeOfTheOrganization()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var campaignId = await AddCampaignAsync(organization, Today, Today.AddDays(30));
        var taskId = await AddTaskAsync(organization, campaignId, "Print leaflets", Today.AddDays(3), userId: organization.Coordinator.Id);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var url = $"/campaigns/{campaignId}/tasks/{taskId}";

        var foreignOwner = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["Form.Owner"] = "person:" + other.Coordinator.Id });
        Assert.Equal(HttpStatusCode.OK, foreignOwner.StatusCode);
        Assert.NotNull((await foreignOwner.ParseAsync()).QuerySelector(".error-summary"));

        var edited = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["Form.Title"] = "Print 500 leaflets", ["Form.Owner"] = "person:" + organization.Volunteer.Id });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var task = await app.InOrganizationAsync(organization, db => db.CampaignTasks.SingleAsync());
        Assert.Equal(("Print 500 leaflets", organization.Volunteer.Id), (task.Title, task.OwnerUserId!.Value));

        var (_, form) = await coordinator.GetPageAsync(url);
        var deleted = await coordinator.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)form.QuerySelector("main form")!, url + "?handler=Delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.CampaignTasks.CountAsync()));
    }

    [Fact]
    public async Task EventAndGoal_Edited_AttendanceCountedAfterTheDay_EnteredActualOnlyForGoalsCountedByHand()
    {
        var organization = await app.CreateOrganizationAsync();
        var campaignId = await AddCampaignAsync(organization, Today.AddDays(-10), Today.AddDays(10));
        var (eventId, goalId) = await app.InOrganizationAsync(organization, async db =>
        {
            var held = new CampaignEvent { CampaignId = campaignId, Title = "Talk", HeldOn = Today.AddDays(-1) };
            var goal = new CampaignGoal { CampaignId = campaignId, Measure = "Partners endorsing", Kind = GoalKind.Other, Target = 4, EnteredActual = 1 };
            db.CampaignEvents.Add(held);
            db.CampaignGoals.Add(goal);
            await db.SaveChangesAsync();
            return (held.Id, goal.Id);
        });
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var counted = await coordinator.SubmitFormAsync($"/campaigns/{campaignId}/events/{eventId}", new Dictionary<string, string> { ["Form.Attendance"] = "27", ["Form.Place"] = "Chapel hall" });
        Assert.Equal(HttpStatusCode.Redirect, counted.StatusCode);
        Assert.Equal(27, await app.InOrganizationAsync(organization, db => db.CampaignEvents.Select(e => e.Attendance).SingleAsync()));

        var moved = await coordinator.SubmitFormAsync($"/campaigns/{campaignId}/events/{eventId}", new Dictionary<string, string> { ["Form.HeldOn"] = Day(Today.AddDays(3)) });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode); // a counted event cannot move to a day still to come

        var entered = await coordinator.SubmitFormAsync($"/campaigns/{campaignId}/goals/{goalId}", new Dictionary<string, string> { ["Form.EnteredActual"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        Assert.Equal(3, await app.InOrganizationAsync(organization, db => db.CampaignGoals.Select(g => g.EnteredActual).SingleAsync()));

        var computed = await coordinator.SubmitFormAsync($"/campaigns/{campaignId}/goals/{goalId}", new Dictionary<string, string> { ["Form.Kind"] = "EventAttendance", ["Form.Target"] = "20" });
        Assert.Equal(HttpStatusCode.Redirect, computed.StatusCode);
        Assert.Null(await app.InOrganizationAsync(organization, db => db.CampaignGoals.Select(g => g.EnteredActual).SingleAsync()));
        var page = await (await coordinator.GetAsync($"/campaigns/{campaignId}")).ParseAsync();
        Assert.Equal("135", page.QuerySelector($"[data-goal='{goalId}']")!.GetAttribute("data-percent"));
    }

    [Fact]
    public async Task Edit_ByTwoCoordinatorsAtOnce_TheSecondSeesTheConflict_KeepingWhatTheyTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var campaignId = await AddCampaignAsync(organization, Today, Today.AddDays(30));
        var first = await app.SignedInAsync(organization.Coordinator);
        var second = await app.SignedInAsync(await app.AddUserAsync(organization.Id, Circles.Web.Accounts.Roles.Coordinator));
        var url = $"/campaigns/{campaignId}/edit";
        var (_, stale) = await second.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitFormAsync(url, new Dictionary<string, string> { ["Form.Name"] = "First name" })).StatusCode);
        var conflict = await second.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)stale.QuerySelector("main form")!, url, new Dictionary<string, string> { ["Form.Name"] = "Second name" });

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.ParseAsync();
        Assert.NotNull(page.QuerySelector("[data-conflict]"));
        Assert.Equal("Second name", page.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
        Assert.Equal("First name", await app.InOrganizationAsync(organization, db => db.Campaigns.Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task Campaign_Deleted_TakesItsRecordsWithIt_AndIsAudited()
    {
        var organization = await app.CreateOrganizationAsync();
        var campaignId = await AddCampaignAsync(organization, Today, Today.AddDays(30));
        await AddTaskAsync(organization, campaignId, "Print leaflets", Today, userId: organization.Coordinator.Id);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var url = $"/campaigns/{campaignId}/edit";

        var unconfirmed = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(), "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var unconfirmedPage = await unconfirmed.ParseAsync();
        Assert.Contains("Tick the box to confirm.", unconfirmedPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Give the campaign a name.", unconfirmedPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.Campaigns.CountAsync()));

        var deleted = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["confirm"] = "true" }, "form[action*='handler=Delete']");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.Campaigns.CountAsync()));
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.CampaignTasks.CountAsync()));
        Assert.True(await app.InOrganizationAsync(organization, db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.CampaignDeleted && e.Subject == campaignId.ToString())));
    }

    [Fact]
    public async Task Campaigns_AsOtherRoles_Are403_AnotherOrganizationsRecords_AndAForgedPair_Are404()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var campaignId = await AddCampaignAsync(organization, Today, Today.AddDays(30));
        var secondCampaignId = await AddCampaignAsync(organization, Today, Today.AddDays(30));
        var taskId = await AddTaskAsync(organization, campaignId, "Print leaflets", Today, userId: organization.Coordinator.Id);
        var eventId = await app.InOrganizationAsync(organization, async db =>
        {
            var row = new CampaignEvent { CampaignId = campaignId, Title = "Talk", HeldOn = Today };
            db.CampaignEvents.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });

        foreach (var person in new[] { organization.Facilitator, organization.Volunteer, organization.Partner, organization.Member, organization.PeerSupporter })
        {
            var client = await app.SignedInAsync(person);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/campaigns")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/campaigns/{campaignId}")).StatusCode);
        }

        var outsider = await app.SignedInAsync(other.Coordinator);
        foreach (var url in new[] { $"/campaigns/{campaignId}", $"/campaigns/{campaignId}/edit", $"/campaigns/{campaignId}/tasks/{taskId}", $"/campaigns/{campaignId}/events/{eventId}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
        }
        Assert.Empty((await (await outsider.GetAsync("/campaigns")).ParseAsync()).QuerySelectorAll("[data-campaign]"));

        var coordinator = await app.SignedInAsync(organization.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/campaigns/{secondCampaignId}/tasks/{taskId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/campaigns/{secondCampaignId}/events/{eventId}")).StatusCode);
        // Marking a task done through another campaign's page, with a forged task id.
        var (_, secondPage) = await coordinator.GetPageAsync($"/campaigns/{secondCampaignId}");
        var token = secondPage.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var forged = await coordinator.PostAsync($"/campaigns/{secondCampaignId}?handler=Mark", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["taskId"] = taskId.ToString(), ["version"] = Guid.NewGuid().ToString(), ["done"] = "true",
        }));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Null(await app.InOrganizationAsync(organization, db => db.CampaignTasks.Select(t => t.DoneAt).SingleAsync()));
    }

    private static async Task PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> values)
    {
        var response = await client.SubmitFormAsync(url, values, $"form[action*='handler={handler}']");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler}: {response.StatusCode}");
    }

    private Task<Guid> AddPartnerAsync(TestOrganization organization, string name) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var partner = new Partner { Name = name, Kind = PartnerKind.Other, CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });

    private Task<Guid> AddCampaignAsync(TestOrganization organization, DateOnly startsOn, DateOnly endsOn) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var campaign = new Campaign { Name = "Campaign " + Guid.NewGuid().ToString("N")[..6], StartsOn = startsOn, EndsOn = endsOn, CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return campaign.Id;
        });

    private Task<Guid> AddTaskAsync(TestOrganization organization, Guid campaignId, string title, DateOnly dueOn, Guid? userId = null, Guid? partnerId = null) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var task = new CampaignTask { CampaignId = campaignId, Title = title, DueOn = dueOn, OwnerUserId = userId, OwnerPartnerId = partnerId };
            db.CampaignTasks.Add(task);
            await db.SaveChangesAsync();
            return task.Id;
        });
}
