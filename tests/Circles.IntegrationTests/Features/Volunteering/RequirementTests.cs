using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Volunteering;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Volunteering;

/// <summary>
/// Issue 15: requirements that never lapse silently (status and reminders on both homes), and the
/// one gate before facilitating: the Facilitator role (People), a group's facilitators (the group
/// form) and a co-facilitating assignment all refuse, naming the requirement, and save nothing.
/// </summary>
public sealed class RequirementTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private async Task<bool> HoldsRoleAsync(TestOrganization organization, TestUser person, string role)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<Circles.Web.Data.CurrentOrganization>().Set(organization.Id);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
        return await users.IsInRoleAsync((await users.FindByIdAsync(person.Id.ToString()))!, role);
    }

    [Fact]
    public async Task Coordinator_DefinesARequirement_RecordsACompletion_TheVolunteerSeesItCurrentWithItsExpiry()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var added = await coordinator.SubmitFormAsync("/volunteering/requirements", new Dictionary<string, string>
        {
            ["Form.Name"] = "Listening skills",
            ["Form.Roles"] = Roles.Volunteer,
            ["Form.ValidityMonths"] = "12",
            ["Form.RenewalWindowDays"] = "30",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var type = await app.InOrganizationAsync(organization, db => db.RequirementTypes.SingleAsync());
        Assert.Equal((Roles.Volunteer, 12, 30), (type.Roles, type.ValidityMonths, type.RenewalWindowDays));

        var person = $"/volunteering/people/{organization.Volunteer.Id}";
        Assert.Contains("Missing", await coordinator.TextOfAsync(person), StringComparison.Ordinal);
        var recorded = await coordinator.SubmitFormAsync(person, new Dictionary<string, string>
        {
            ["Completion.RequirementTypeId"] = type.Id.ToString(),
            ["Completion.CompletedOn"] = "2026-10-01",
        }, "form[data-form=completion]");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var completion = await app.InOrganizationAsync(organization, db => db.RequirementCompletions.SingleAsync());
        Assert.Equal((organization.Volunteer.Id, new DateOnly(2026, 10, 1), organization.Coordinator.Id), (completion.UserId, completion.CompletedOn, completion.RecordedByUserId));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, completion.RecordedAt);

        var home = (await (await app.SignedInAsync(organization.Volunteer)).GetPageAsync("/home/volunteer")).Document;
        var row = home.QuerySelector("[data-my-requirements] tr[data-requirement='Listening skills']")!;
        Assert.Equal(nameof(RequirementStatus.Current), row.GetAttribute("data-status"));
        Assert.Contains("1 October 2026", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 October 2027", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_InTheFuture_OrOfAnUnknownRequirement_IsRefused_AndNothingIsSaved()
    {
        var organization = await app.CreateOrganizationAsync();
        var type = await app.AddRequirementAsync(organization, "Safeguarding", Roles.Volunteer);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var person = $"/volunteering/people/{organization.Volunteer.Id}";

        var future = await coordinator.SubmitFormAsync(person, new Dictionary<string, string>
        {
            ["Completion.RequirementTypeId"] = type.Id.ToString(),
            ["Completion.CompletedOn"] = app.Today().AddDays(1).ToString("yyyy-MM-dd"),
        }, "form[data-form=completion]");
        var unknown = await coordinator.ForgeAsync(person + "?handler=Complete", new Dictionary<string, string>
        {
            ["Completion.RequirementTypeId"] = Guid.NewGuid().ToString(),
            ["Completion.CompletedOn"] = "2026-10-01",
        });

        Assert.Contains("The date cannot be in the future.", (await future.ParseAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Choose a requirement from the list.", (await unknown.ParseAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.RequirementCompletions.CountAsync()));
    }

    [Fact]
    public async Task Reminders_OnBothHomes_SoonestFirst_WithExpiredOnes_AndTheNearestThreshold()
    {
        var organization = await app.CreateOrganizationAsync();
        var confidentiality = await app.AddRequirementAsync(organization, "Confidentiality", $"{Roles.Volunteer},{Roles.Facilitator}");
        var lapsed = await app.AddUserAsync(organization.Id, Roles.Volunteer);
        await app.ExpiringInAsync(organization, confidentiality, organization.Volunteer, 8);
        await app.ExpiringInAsync(organization, confidentiality, lapsed, -3);
        await app.ExpiringInAsync(organization, confidentiality, organization.Facilitator, 61);

        var coordinatorHome = (await (await app.SignedInAsync(organization.Coordinator)).GetPageAsync("/home/coordinator")).Document;
        var reminders = coordinatorHome.QuerySelectorAll("[data-requirement-reminders] [data-reminder]").ToList();
        Assert.Equal([lapsed.UserName, organization.Volunteer.UserName], reminders.Select(r => r.GetAttribute("data-reminder")));
        Assert.Equal(["0", "30"], reminders.Select(r => r.GetAttribute("data-threshold")));
        Assert.Contains("Expired on", reminders[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Confidentiality", reminders[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Lapses within 30 days", reminders[1].TextContent, StringComparison.Ordinal);

        var volunteerHome = (await (await app.SignedInAsync(organization.Volunteer)).GetPageAsync("/home/volunteer")).Document;
        var row = volunteerHome.QuerySelector("[data-my-requirements] tr[data-requirement='Confidentiality']")!;
        Assert.Equal((nameof(RequirementStatus.RenewalDue), "30"), (row.GetAttribute("data-status"), row.GetAttribute("data-threshold")));

        // A day later the 7-day reminder is reached.
        app.Clock.Advance(TimeSpan.FromDays(1));
        volunteerHome = (await (await app.SignedInAsync(organization.Volunteer)).GetPageAsync("/home/volunteer")).Document;
        row = volunteerHome.QuerySelector("[data-my-requirements] tr[data-requirement='Confidentiality']")!;
        Assert.Equal("7", row.GetAttribute("data-threshold"));
        Assert.Contains("Lapses within 7 days", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacilitatorRole_Gate_RefusesMissing_AcceptsInTheRenewalWindow_RefusesExpired()
    {
        var organization = await app.CreateOrganizationAsync();
        var check = await app.AddRequirementAsync(organization, "Background check", Roles.Facilitator, months: 36);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var missing = await app.AddUserAsync(organization.Id, Roles.Volunteer);
        var due = await app.AddUserAsync(organization.Id, Roles.Volunteer);
        var expired = await app.AddUserAsync(organization.Id, Roles.Volunteer);
        await app.ExpiringInAsync(organization, check, due, 10);
        await app.ExpiringInAsync(organization, check, expired, 0);
        Task<HttpResponseMessage> GrantAsync(TestUser person) =>
            coordinator.ForgeAsync($"/people/{person.Id}?handler=Grant", new Dictionary<string, string> { ["role"] = Roles.Facilitator });

        var refusedMissing = await GrantAsync(missing);
        var acceptedDue = await GrantAsync(due);
        var refusedExpired = await GrantAsync(expired);

        Assert.Equal(HttpStatusCode.OK, refusedMissing.StatusCode);
        Assert.Contains($"{missing.UserName} cannot facilitate: Background check is missing.", await refusedMissing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await HoldsRoleAsync(organization, missing, Roles.Facilitator));
        Assert.Equal(HttpStatusCode.Redirect, acceptedDue.StatusCode);
        Assert.True(await HoldsRoleAsync(organization, due, Roles.Facilitator));
        Assert.Equal(HttpStatusCode.OK, refusedExpired.StatusCode);
        Assert.Contains($"{expired.UserName} cannot facilitate: Background check expired on {app.Today():d MMMM yyyy}.", await refusedExpired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await HoldsRoleAsync(organization, expired, Roles.Facilitator));

        // Once current, the same person is accepted.
        await app.CompleteAsync(organization, check, missing, app.Today());
        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(missing)).StatusCode);
        Assert.True(await HoldsRoleAsync(organization, missing, Roles.Facilitator));
    }

    [Fact]
    public async Task GroupForm_Gate_RefusesANewFacilitatorWithoutTheRequirement_NothingSaved_KeepsExistingOnes()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var training = await app.AddRequirementAsync(organization, "Trauma-informed care", Roles.Facilitator, months: 24);
        var newcomer = await app.AddUserAsync(organization.Id, Roles.Facilitator);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        // The group's facilitator lacks it too, but is already there: only people being added pass the gate.
        var refused = await coordinator.SubmitFormAsync($"/groups/{group.Id}/edit", new Dictionary<string, string> { ["Form.FacilitatorIds"] = newcomer.Id.ToString(), ["Form.Name"] = "Renamed" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"{newcomer.UserName} cannot facilitate: Trauma-informed care is missing.", (await refused.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var facilitators = await app.InOrganizationAsync(organization, db => db.GroupFacilitators.Where(f => f.GroupId == group.Id).Select(f => f.UserId).ToListAsync());
        Assert.Equal([organization.Facilitator.Id], facilitators);
        Assert.Equal(group.Name, await app.InOrganizationAsync(organization, db => db.SupportGroups.Where(g => g.Id == group.Id).Select(g => g.Name).SingleAsync()));

        await app.ExpiringInAsync(organization, training, newcomer, 30);
        var accepted = await coordinator.SubmitFormAsync($"/groups/{group.Id}/edit", new Dictionary<string, string> { ["Form.FacilitatorIds"] = newcomer.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains(newcomer.Id, await app.InOrganizationAsync(organization, db => db.GroupFacilitators.Where(f => f.GroupId == group.Id).Select(f => f.UserId).ToListAsync()));
    }

    [Fact]
    public async Task CoFacilitatingAssignment_PassesTheGate_ThenMakesThemAGroupFacilitator()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var check = await app.AddRequirementAsync(organization, "Background check", Roles.Facilitator, months: 36);
        var helper = await app.AddUserAsync(organization.Id, Roles.Volunteer, Roles.Facilitator);
        await app.ExpiringInAsync(organization, check, helper, -1);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var page = $"/volunteering/people/{helper.Id}";
        var fields = new Dictionary<string, string> { ["Assign.Target"] = $"Group:{group.Id}", ["Assign.StartsOn"] = app.Today().ToString("yyyy-MM-dd") };

        var refused = await coordinator.SubmitFormAsync(page, fields, "form[data-form=assign]");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Background check expired on", (await refused.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.Assignments.CountAsync()));
        Assert.False(await app.InOrganizationAsync(organization, db => db.GroupFacilitators.AnyAsync(f => f.UserId == helper.Id)));

        await app.CompleteAsync(organization, check, helper, app.Today().AddMonths(-1));
        var accepted = await coordinator.SubmitFormAsync(page, fields, "form[data-form=assign]");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var assignment = await app.InOrganizationAsync(organization, db => db.Assignments.SingleAsync());
        Assert.Equal((AssignmentKind.Group, group.Id, helper.Id), (assignment.Kind, assignment.TargetId, assignment.UserId));
        Assert.True(await app.InOrganizationAsync(organization, db => db.GroupFacilitators.AnyAsync(f => f.UserId == helper.Id && f.GroupId == group.Id)));

        // Ending it takes them off the group's facilitators; the assignment stays, ended.
        var end = (await coordinator.GetPageAsync(page)).Document.QuerySelector($"[data-assignment='{assignment.Id}'] form") as AngleSharp.Html.Dom.IHtmlFormElement;
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(end!, page, GroupArrangement.NoFields())).StatusCode);
        Assert.False(await app.InOrganizationAsync(organization, db => db.GroupFacilitators.AnyAsync(f => f.UserId == helper.Id)));
        Assert.NotNull(await app.InOrganizationAsync(organization, db => db.Assignments.Select(a => a.EndedAt).SingleAsync()));
    }

    [Fact]
    public async Task CampaignAssignments_TaskMakesThemItsOwner_AndTheVolunteerSeesThem()
    {
        var organization = await app.CreateOrganizationAsync();
        var (_, campaignEvent, task) = await app.AddCampaignAsync(organization);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var page = $"/volunteering/people/{organization.Volunteer.Id}";

        foreach (var target in new[] { $"CampaignEvent:{campaignEvent.Id}", $"CampaignTask:{task.Id}" })
        {
            var response = await coordinator.SubmitFormAsync(page, new Dictionary<string, string> { ["Assign.Target"] = target }, "form[data-form=assign]");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        // A volunteer cannot co-facilitate a group without the Facilitator role.
        var group = await app.CreateGroupAsync(organization);
        var refused = await coordinator.SubmitFormAsync(page, new Dictionary<string, string> { ["Assign.Target"] = $"Group:{group.Id}" }, "form[data-form=assign]");
        Assert.Contains("give them the Facilitator role first", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(organization.Volunteer.Id, await app.InOrganizationAsync(organization, db => db.CampaignTasks.Where(t => t.Id == task.Id).Select(t => t.OwnerUserId).SingleAsync()));
        var home = await (await app.SignedInAsync(organization.Volunteer)).TextOfAsync("/home/volunteer");
        Assert.Contains("Campaign event: Stall at the fair", home, StringComparison.Ordinal);
        Assert.Contains("Campaign task: Print leaflets", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonPage_OfAnotherOrganization_OrOfAMember_IsNotFound_AndAnotherOrganizationsRequirementToo()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var theirs = await app.AddRequirementAsync(other, "Theirs", Roles.Volunteer);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/volunteering/people/{other.Volunteer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/volunteering/people/{organization.Member.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/volunteering/requirements/{theirs.Id}")).StatusCode);
        var forged = await coordinator.ForgeAsync($"/volunteering/people/{other.Volunteer.Id}?handler=Complete",
            new Dictionary<string, string> { ["Completion.RequirementTypeId"] = theirs.Id.ToString(), ["Completion.CompletedOn"] = "2026-10-01" });
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(other, db => db.RequirementCompletions.CountAsync()));
    }

    [Fact]
    public async Task OrganizationsWithoutRequirements_GateNothing_TheFixturesFacilitatorKeepsWorking()
    {
        var organization = await app.CreateOrganizationAsync();
        var person = await app.AddUserAsync(organization.Id, Roles.Volunteer);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var granted = await coordinator.ForgeAsync($"/people/{person.Id}?handler=Grant", new Dictionary<string, string> { ["role"] = Roles.Facilitator });

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.True(await HoldsRoleAsync(organization, person, Roles.Facilitator));
    }
}
