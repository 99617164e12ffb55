using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Volunteering;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Volunteering;

/// <summary>
/// Issue 15: a volunteer logs hours; a coordinator approves or returns them (who and when kept);
/// returned hours are corrected and sent again; approved hours are final for everyone, even by a
/// forged POST; only approved hours count, on the home and in the CSV (formula cells neutralised,
/// SEC-23; after a fresh confirmation, SEC-17). Others' hours are not found (SEC-19).
/// </summary>
public sealed class HoursTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private static async Task<HttpResponseMessage> PressAsync(HttpClient client, string page, Guid hoursId, string handler, Dictionary<string, string>? values = null)
    {
        var document = (await client.GetPageAsync(page)).Document;
        var form = document.QuerySelector($"[data-hours='{hoursId}'] form[action*='handler={handler}']") as IHtmlFormElement
            ?? throw new InvalidOperationException($"No {handler} form for {hoursId} on {page}");
        return await client.SubmitAsync(form, page, values ?? GroupArrangement.NoFields());
    }

    private Task<VolunteerHours> HoursAsync(TestOrganization organization, Guid id) =>
        app.InOrganizationAsync(organization, db => db.VolunteerHours.AsNoTracking().SingleAsync(h => h.Id == id));

    [Fact]
    public async Task Logged_Returned_Corrected_Approved_ThenFinal_AndOnlyApprovedCount()
    {
        var organization = await app.CreateOrganizationAsync();
        var (_, campaignEvent, _) = await app.AddCampaignAsync(organization);
        var assignment = await app.AssignAsync(organization, organization.Volunteer, AssignmentKind.CampaignEvent, campaignEvent.Id);
        var volunteer = await app.SignedInAsync(organization.Volunteer);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var day = app.Today().AddDays(-2);

        var logged = await volunteer.SubmitFormAsync("/volunteering/hours/log", new Dictionary<string, string>
        {
            ["Form.WorkedOn"] = day.ToString("yyyy-MM-dd"),
            ["Form.Hours"] = "2.5",
            ["Form.AssignmentId"] = assignment.Id.ToString(),
            ["Form.Note"] = "Set up the stall",
        });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var entry = await app.InOrganizationAsync(organization, db => db.VolunteerHours.SingleAsync());
        Assert.Equal((organization.Volunteer.Id, day, 10, assignment.Id, HoursStatus.Submitted), (entry.UserId, entry.WorkedOn, entry.Quarters, entry.AssignmentId, entry.Status));

        // Returned, with the reason the volunteer then reads.
        var returned = await PressAsync(coordinator, "/volunteering/hours", entry.Id, "Return", new() { ["reason"] = "It was two hours, I think" });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        entry = await HoursAsync(organization, entry.Id);
        Assert.Equal((HoursStatus.Returned, "It was two hours, I think", organization.Coordinator.Id), (entry.Status, entry.ReturnReason, entry.ReviewedByUserId));
        Assert.Contains("It was two hours, I think", await volunteer.TextOfAsync("/volunteering/hours/mine"), StringComparison.Ordinal);
        Assert.Equal("0", (await volunteer.GetPageAsync("/home/volunteer")).Document.QuerySelector("[data-approved]")!.GetAttribute("data-approved"));

        // Corrected and sent again.
        var corrected = await volunteer.SubmitFormAsync($"/volunteering/hours/log/{entry.Id}", new Dictionary<string, string> { ["Form.Hours"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        entry = await HoursAsync(organization, entry.Id);
        Assert.Equal((HoursStatus.Submitted, 8, (string?)null), (entry.Status, entry.Quarters, entry.ReturnReason));

        // Approved: who and when are kept, and audited.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(coordinator, "/volunteering/hours", entry.Id, "Approve")).StatusCode);
        entry = await HoursAsync(organization, entry.Id);
        Assert.Equal((HoursStatus.Approved, organization.Coordinator.Id, app.Clock.GetUtcNow().UtcDateTime), (entry.Status, entry.ReviewedByUserId, entry.ReviewedAt));
        Assert.True(await app.InOrganizationAsync(organization, db => db.AuditEvents.AnyAsync(a => a.Action == AuditActions.HoursApproved && a.Subject == entry.Id.ToString())));

        // Waiting and returned hours do not count; approved ones do.
        await app.AddHoursAsync(organization, organization.Volunteer, 4, HoursStatus.Submitted);
        await app.AddHoursAsync(organization, organization.Volunteer, 12, HoursStatus.Returned);
        var home = (await volunteer.GetPageAsync("/home/volunteer")).Document;
        Assert.Equal("2", home.QuerySelector("[data-approved]")!.GetAttribute("data-approved"));
        Assert.Equal("1", home.QuerySelector("[data-waiting]")!.GetAttribute("data-waiting"));
        Assert.Equal("1", home.QuerySelector("[data-returned]")!.GetAttribute("data-returned"));

        // Final: the volunteer's forged edit and delete, and the coordinator's forged return, change nothing.
        var version = entry.Version;
        var edit = await volunteer.ForgeAsync($"/volunteering/hours/log/{entry.Id}", new Dictionary<string, string>
        {
            ["Form.WorkedOn"] = day.ToString("yyyy-MM-dd"), ["Form.Hours"] = "9", ["Form.Version"] = version.ToString(),
        });
        var delete = await volunteer.ForgeAsync($"/volunteering/hours/log/{entry.Id}?handler=Delete", GroupArrangement.NoFields());
        var reReturn = await coordinator.ForgeAsync($"/volunteering/hours?handler=Return&hoursId={entry.Id}", new Dictionary<string, string> { ["reason"] = "again", ["version"] = version.ToString() });
        Assert.Contains("nobody can change or delete them", await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("nobody can change or delete them", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("already reviewed", await reReturn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await HoursAsync(organization, entry.Id);
        Assert.Equal((HoursStatus.Approved, 8, version), (after.Status, after.Quarters, after.Version));
        Assert.Empty((await volunteer.GetPageAsync("/volunteering/hours/mine")).Document.QuerySelectorAll($"[data-hours='{entry.Id}'] a"));
    }

    [Theory]
    [InlineData("tomorrow", "1", "The day cannot be in the future.")]
    [InlineData("yesterday", "0.3", "Give the hours in quarter hours")]
    [InlineData("yesterday", "24.25", "Give the hours in quarter hours")]
    [InlineData("yesterday", "0", "Give the hours in quarter hours")]
    [InlineData("yesterday", "1", "Use at most 500 characters.", 501)]
    public async Task Logging_RefusesWhatIsWrong_KeepsWhatWasTyped_SavesNothing(string when, string hours, string problem, int noteLength = 10)
    {
        var organization = await app.CreateOrganizationAsync();
        var volunteer = await app.SignedInAsync(organization.Volunteer);
        var day = when == "tomorrow" ? app.Today().AddDays(1) : app.Today().AddDays(-1);

        var response = await volunteer.SubmitFormAsync("/volunteering/hours/log", new Dictionary<string, string>
        {
            ["Form.WorkedOn"] = day.ToString("yyyy-MM-dd"), ["Form.Hours"] = hours, ["Form.Note"] = new string('n', noteLength),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains(problem, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(hours, page.QuerySelector("input[name='Form.Hours']")!.GetAttribute("value"));
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.VolunteerHours.CountAsync()));
    }

    [Fact]
    public async Task Logging_AgainstSomeoneElsesAssignment_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var (_, campaignEvent, _) = await app.AddCampaignAsync(organization);
        var someoneElse = await app.AddUserAsync(organization.Id, Circles.Web.Accounts.Roles.Volunteer);
        var theirs = await app.AssignAsync(organization, someoneElse, AssignmentKind.CampaignEvent, campaignEvent.Id);
        var volunteer = await app.SignedInAsync(organization.Volunteer);

        var response = await volunteer.ForgeAsync("/volunteering/hours/log", new Dictionary<string, string>
        {
            ["Form.WorkedOn"] = app.Today().ToString("yyyy-MM-dd"), ["Form.Hours"] = "1", ["Form.AssignmentId"] = theirs.Id.ToString(),
        });

        Assert.Contains("Choose one of your assignments, or Other.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.VolunteerHours.CountAsync()));
    }

    [Fact]
    public async Task OthersHours_AreNotFound_ForTheVolunteer_AndForAnotherOrganization_AndOtherRolesAreForbidden()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var colleague = await app.AddUserAsync(organization.Id, Circles.Web.Accounts.Roles.Volunteer);
        var theirs = await app.AddHoursAsync(organization, colleague, 4, HoursStatus.Submitted);
        var volunteer = await app.SignedInAsync(organization.Volunteer);
        var otherVolunteer = await app.SignedInAsync(other.Volunteer);
        var otherCoordinator = await app.SignedInAsync(other.Coordinator);

        // The volunteer: not another's hours, not the coordinators' queue.
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.GetAsync($"/volunteering/hours/log/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.ForgeAsync($"/volunteering/hours/log/{theirs.Id}?handler=Delete", GroupArrangement.NoFields())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync("/volunteering/hours")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.ForgeAsync($"/volunteering/hours?handler=Approve&hoursId={theirs.Id}", new Dictionary<string, string> { ["version"] = theirs.Version.ToString() })).StatusCode);
        Assert.DoesNotContain(colleague.UserName, await volunteer.TextOfAsync("/volunteering/hours/mine"), StringComparison.Ordinal);
        // Another organization: not found, to its volunteer and to its coordinator.
        Assert.Equal(HttpStatusCode.NotFound, (await otherVolunteer.GetAsync($"/volunteering/hours/log/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.ForgeAsync($"/volunteering/hours?handler=Approve&hoursId={theirs.Id}", new Dictionary<string, string> { ["version"] = theirs.Version.ToString() })).StatusCode);
        Assert.DoesNotContain(colleague.UserName, await otherCoordinator.TextOfAsync("/volunteering/hours"), StringComparison.Ordinal);
        Assert.Equal(HoursStatus.Submitted, (await HoursAsync(organization, theirs.Id)).Status);
        // Members and partners: forbidden.
        foreach (var person in new[] { organization.Member, organization.Partner })
        {
            var client = await app.SignedInAsync(person);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/volunteering/hours/mine")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/volunteering/hours")).StatusCode);
        }
    }

    [Fact]
    public async Task Csv_ApprovedHoursPerVolunteerAndAssignment_InThePeriod_FormulaCellsNeutralised_AfterAFreshConfirmation()
    {
        var organization = await app.CreateOrganizationAsync();
        var (_, campaignEvent, task) = await app.AddCampaignAsync(organization, taskTitle: "=HYPERLINK(\"http://evil.example\",\"x\")");
        var onEvent = await app.AssignAsync(organization, organization.Volunteer, AssignmentKind.CampaignEvent, campaignEvent.Id);
        var onTask = await app.AssignAsync(organization, organization.Volunteer, AssignmentKind.CampaignTask, task.Id);
        var from = app.Today().AddDays(-10);
        var to = app.Today().AddDays(-1);
        await app.AddHoursAsync(organization, organization.Volunteer, 4, HoursStatus.Approved, from, onEvent.Id);
        await app.AddHoursAsync(organization, organization.Volunteer, 6, HoursStatus.Approved, to, onEvent.Id);
        await app.AddHoursAsync(organization, organization.Volunteer, 3, HoursStatus.Approved, to, onTask.Id);
        await app.AddHoursAsync(organization, organization.Volunteer, 1, HoursStatus.Approved, to);
        // Outside the period, or not approved: not counted.
        await app.AddHoursAsync(organization, organization.Volunteer, 40, HoursStatus.Approved, from.AddDays(-1), onEvent.Id);
        await app.AddHoursAsync(organization, organization.Volunteer, 40, HoursStatus.Submitted, to, onEvent.Id);
        await app.AddHoursAsync(organization, organization.Volunteer, 40, HoursStatus.Returned, to, onEvent.Id);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var period = new Dictionary<string, string> { ["Export.From"] = from.ToString("yyyy-MM-dd"), ["Export.To"] = to.ToString("yyyy-MM-dd") };

        var response = await coordinator.SubmitFormAsync("/volunteering/hours", period, "form[data-form=export]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var name = organization.Volunteer.UserName;
        Assert.Equal(
        [
            "Name,Assignment,Approved hours",
            $"{name},Campaign event: Stall at the fair,2.5",
            $"{name},\"Campaign task: =HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",0.75",
            $"{name},Other,0.25",
        ], lines);
        Assert.True(await app.InOrganizationAsync(organization, db => db.AuditEvents.AnyAsync(a => a.Action == AuditActions.HoursExported)));

        // Five minutes later, the export first asks them to confirm it is them (SEC-17).
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        var stale = await coordinator.SubmitFormAsync("/volunteering/hours", period, "form[data-form=export]");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.StartsWith("/account/confirm", stale.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_ANameThatStartsLikeAFormula_IsPrefixed_Sec23()
    {
        var organization = await app.CreateOrganizationAsync();
        // Names are checked when accounts are made; this one is written straight into the table, as an attacker would need to.
        await app.ArrangeAsync(organization, db => db.Users.Where(u => u.Id == organization.Volunteer.Id).ExecuteUpdate(s => s.SetProperty(u => u.UserName, "=cmd|' /C calc'!A0")));
        await app.AddHoursAsync(organization, organization.Volunteer, 4, HoursStatus.Approved, app.Today());
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var response = await coordinator.SubmitFormAsync("/volunteering/hours", new Dictionary<string, string>
        {
            ["Export.From"] = app.Today().ToString("yyyy-MM-dd"), ["Export.To"] = app.Today().ToString("yyyy-MM-dd"),
        }, "form[data-form=export]");

        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("'=cmd|' /C calc'!A0,Other,1", lines[1]);
    }
}
