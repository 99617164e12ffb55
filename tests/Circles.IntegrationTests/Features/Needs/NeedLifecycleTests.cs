using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Needs;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Needs;

/// <summary>A need from the member's words to "help received", as each person sees it.</summary>
public sealed class NeedLifecycleTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private static async Task<string> StatusOnListAsync(HttpClient member, Guid needId)
    {
        var page = await (await member.GetAsync("/needs")).ParseAsync();
        return page.QuerySelector($"[data-need='{needId}'] [data-need-status]")!.TextContent.Trim();
    }

    [Fact]
    public async Task Need_ThroughReferralAndOutcome_ToMembersAnswer_ClosesTheLoop()
    {
        var organization = await app.CreateOrganizationAsync();
        var service = await app.CreateServiceAsync(organization, "Harbour Legal Aid");
        var member = await app.SignedInAsync(organization.Member);

        var needId = await member.RaiseNeedAsync("Legal", "Need help with a work contract");
        Assert.Equal("Waiting for someone to look at it", await StatusOnListAsync(member, needId));

        // The coordinator finds it in triage and refers it; by default nothing about the member is shared.
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var triage = await (await coordinator.GetAsync("/needs/triage")).ParseAsync();
        Assert.NotNull(triage.QuerySelector($"[data-need='{needId}'] a[href='/needs/{needId}/manage']"));
        var manage = await (await coordinator.GetAsync($"/needs/{needId}/manage")).ParseAsync();
        Assert.NotNull(manage.QuerySelector("[data-service='Harbour Legal Aid']")); // suggested for a legal need
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.ReferAsync(needId, service.Id)).StatusCode);
        var referral = await app.ReferralOfAsync(organization, needId);
        Assert.False(referral.SharesMemberDetails);
        Assert.Equal(NeedStatus.InProgress, await app.InOrganizationAsync(organization, db => db.Needs.Select(n => n.Status).SingleAsync()));
        Assert.Equal("Referred to Harbour Legal Aid — waiting for them", await StatusOnListAsync(member, needId));

        // The member is asked whether the help arrived, on their home and on the need.
        var home = await (await member.GetAsync("/home/member")).ParseAsync();
        Assert.NotNull(home.QuerySelector("[data-help-arrived-question]"));

        // The coordinator records the outcome with a date; the history keeps each step.
        var outcome = await coordinator.SubmitFormAsync($"/needs/{needId}/manage", new Dictionary<string, string>
        {
            ["status"] = "HelpReceived",
            ["note"] = "They called back",
        }, "form[action*='handler=Outcome']");
        Assert.Equal(HttpStatusCode.Redirect, outcome.StatusCode);
        var history = await app.InOrganizationAsync(organization, db => db.ReferralUpdates.OrderBy(u => u.At).Select(u => u.Status).ToListAsync());
        Assert.Equal([ReferralStatus.Sent, ReferralStatus.HelpReceived], history);
        Assert.Equal("Help received", await StatusOnListAsync(member, needId));
        var managed = await (await coordinator.GetAsync($"/needs/{needId}/manage")).ParseAsync();
        Assert.Contains("They called back", managed.QuerySelector("[data-referral]")!.TextContent, StringComparison.Ordinal);

        // The member answers "Yes": the loop is closed from their side and the need is met.
        var answered = await member.SubmitFormAsync($"/needs/{needId}", new Dictionary<string, string> { ["answer"] = "Yes" }, "form[action*='handler=Answer']");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var stored = await app.ReferralOfAsync(organization, needId);
        Assert.Equal(MemberAnswer.Yes, stored.MemberSaysHelpArrived);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, stored.MemberAnsweredAt);
        Assert.Equal(NeedStatus.Met, await app.InOrganizationAsync(organization, db => db.Needs.Select(n => n.Status).SingleAsync()));
        home = await (await member.GetAsync("/home/member")).ParseAsync();
        Assert.Null(home.QuerySelector("[data-help-arrived-question]"));
        var detail = await (await member.GetAsync($"/needs/{needId}")).ParseAsync();
        Assert.Equal("Yes", detail.QuerySelector("[data-member-answer]")!.GetAttribute("data-member-answer"));
        triage = await (await coordinator.GetAsync("/needs/triage")).ParseAsync();
        Assert.Null(triage.QuerySelector($"[data-need='{needId}']"));
    }

    [Fact]
    public async Task Manage_SearchesTheDirectory_AndShowsIntake()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.CreateServiceAsync(organization, "Harbour Housing Desk", term: "Housing", intake: Circles.Web.Features.Directory.IntakeStatus.WaitingList);
        await app.CreateServiceAsync(organization, "Harbour Legal Aid");
        var needId = await (await app.SignedInAsync(organization.Member)).RaiseNeedAsync("Legal");
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var response = await coordinator.GetAsync($"/needs/{needId}/manage?q=Housing");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        var service = Assert.Single(page.QuerySelectorAll("[data-service]"));
        Assert.Equal("Harbour Housing Desk", service.GetAttribute("data-service"));
        Assert.Contains("Waiting list", service.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerNotYet_KeepsTheNeedOpen_AndAsksAgainAWeekLater()
    {
        var organization = await app.CreateOrganizationAsync();
        var service = await app.CreateServiceAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var needId = await member.RaiseNeedAsync();
        await (await app.SignedInAsync(organization.Coordinator)).ReferAsync(needId, service.Id);

        await member.SubmitFormAsync($"/needs/{needId}", new Dictionary<string, string> { ["answer"] = "NotYet" }, "form[action*='handler=Answer']");

        Assert.Null((await (await member.GetAsync("/home/member")).ParseAsync()).QuerySelector("[data-help-arrived-question]"));
        Assert.Equal(NeedStatus.InProgress, await app.InOrganizationAsync(organization, db => db.Needs.Select(n => n.Status).SingleAsync()));
        app.Clock.Advance(TimeSpan.FromDays(8));
        member = await app.SignedInAsync(organization.Member); // the idle session ended meanwhile
        Assert.NotNull((await (await member.GetAsync("/home/member")).ParseAsync()).QuerySelector("[data-help-arrived-question]"));
    }

    [Fact]
    public async Task NewNeed_DoesNotOfferEmail_WhichCarriesOnlyNeutralNotifications()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var (_, page) = await member.GetPageAsync("/needs/new");

        var offered = page.QuerySelectorAll("input[name='Form.Channels']").Select(input => input.GetAttribute("value")).ToList();
        Assert.Contains("InApp", offered);
        Assert.Contains("PhoneCall", offered);
        Assert.DoesNotContain("Email", offered);
    }

    [Fact]
    public async Task NewNeed_WithoutCategory_KeepsWhatWasTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var response = await member.SubmitFormAsync("/needs/new", new Dictionary<string, string> { ["Form.Description"] = "my words stay here" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal("my words stay here", page.QuerySelector("textarea[name='Form.Description']")!.TextContent);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.Needs.CountAsync()));
    }

    [Fact]
    public async Task NewNeed_FromAServicePage_NamesTheService_AndDefaultsToTheMembersLanguage()
    {
        var organization = await app.CreateOrganizationAsync();
        var service = await app.CreateServiceAsync(organization, "Riverside Housing Desk", term: "Housing");
        var member = await app.SignedInAsync(organization.Member);
        member.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var page = await (await member.GetAsync($"/needs/new?service={service.Id}")).ParseAsync();

        Assert.Contains("Riverside Housing Desk", page.QuerySelector("textarea[name='Form.Description']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("es", page.QuerySelector("select[name='Form.Language'] option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name='Form.Channels'][value='InApp'][checked]"));
        Assert.Null(page.QuerySelector("input[name='Form.Channels'][value='PhoneCall'][checked]"));
    }

    [Fact]
    public async Task OutcomeOnAnOutdatedPage_IsRefusedWithAClearMessage()
    {
        var organization = await app.CreateOrganizationAsync();
        var service = await app.CreateServiceAsync(organization);
        var needId = await (await app.SignedInAsync(organization.Member)).RaiseNeedAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        await coordinator.ReferAsync(needId, service.Id);
        var stale = await (await coordinator.GetAsync($"/needs/{needId}/manage")).ParseAsync();
        var staleForm = (AngleSharp.Html.Dom.IHtmlFormElement)stale.QuerySelector("form[action*='handler=Outcome']")!;
        await coordinator.SubmitFormAsync($"/needs/{needId}/manage", new Dictionary<string, string> { ["status"] = "Accepted" }, "form[action*='handler=Outcome']");

        var response = await coordinator.SubmitAsync(staleForm, $"/needs/{needId}/manage", new Dictionary<string, string> { ["status"] = "Declined" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this", (await response.ParseAsync()).QuerySelector("[data-manage-message]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ReferralStatus.Accepted, (await app.ReferralOfAsync(organization, needId)).Status);
    }

    [Fact]
    public async Task NeedStatusOnAnOutdatedPage_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var needId = await (await app.SignedInAsync(organization.Member)).RaiseNeedAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var stale = await (await coordinator.GetAsync($"/needs/{needId}/manage")).ParseAsync();
        var staleForm = (AngleSharp.Html.Dom.IHtmlFormElement)stale.QuerySelector("form[action*='handler=Status']")!;
        await coordinator.SubmitFormAsync($"/needs/{needId}/manage", new Dictionary<string, string> { ["status"] = "InProgress" }, "form[action*='handler=Status']");

        var response = await coordinator.SubmitAsync(staleForm, $"/needs/{needId}/manage", new Dictionary<string, string> { ["status"] = "Closed" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(NeedStatus.InProgress, await app.InOrganizationAsync(organization, db => db.Needs.Select(n => n.Status).SingleAsync()));
    }

    [Fact]
    public async Task NeedWaitingLongerThanTheAlertTime_ShowsOnTheCoordinatorsHome()
    {
        var organization = await app.CreateOrganizationAsync();
        await (await app.SignedInAsync(organization.Member)).RaiseNeedAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        Assert.Null((await (await coordinator.GetAsync("/home/coordinator")).ParseAsync()).QuerySelector("[data-needs-waiting]"));

        app.Clock.Advance(TimeSpan.FromDays(8)); // the organization's alert time is 7 days
        coordinator = await app.SignedInAsync(organization.Coordinator);

        var home = await (await coordinator.GetAsync("/home/coordinator")).ParseAsync();
        var alert = home.QuerySelector("[data-needs-waiting]")!;
        Assert.Equal("Needs waiting more than 7 days: 1", alert.TextContent.Trim(' ', ':'));
        Assert.NotNull(alert.ParentElement!.QuerySelector("a[href='/needs/triage']"));
    }

    [Fact]
    public async Task Triage_PutsUrgentFirst_ThenTheOldest()
    {
        var organization = await app.CreateOrganizationAsync();
        var old = await (await app.SignedInAsync(organization.Member)).RaiseNeedAsync("Housing");
        app.Clock.Advance(TimeSpan.FromDays(1));
        var newer = await (await app.SignedInAsync(organization.Member)).RaiseNeedAsync("Money");
        app.Clock.Advance(TimeSpan.FromDays(1));
        var member = await app.SignedInAsync(organization.Member);
        var urgent = await member.SubmitFormAsync("/needs/new", new Dictionary<string, string> { ["Form.Category"] = "Safety", ["Form.Urgency"] = "Urgent" });
        var urgentId = Guid.Parse(urgent.Headers.Location!.OriginalString.Split('/')[2].Split('?')[0]);

        var page = await (await (await app.SignedInAsync(organization.Coordinator)).GetAsync("/needs/triage")).ParseAsync();

        Assert.Equal([urgentId.ToString(), old.ToString(), newer.ToString()], page.QuerySelectorAll("[data-triage] tbody tr").Select(r => r.GetAttribute("data-need")!));
    }
}
