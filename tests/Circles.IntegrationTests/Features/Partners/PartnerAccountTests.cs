using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Partners;

/// <summary>
/// SEC-19: a partner account sees and completes only the campaign tasks of the partner it is
/// linked to; another partner's task, or another organization's, does not exist for it (404),
/// the partner pages are not its (403), and an account linked to no partner sees no task.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PartnerAccountTests(SharedCirclesApp app)
{
    private static IHtmlFormElement TaskForm(AngleSharp.Html.Dom.IHtmlDocument page, string title) =>
        (IHtmlFormElement)page.QuerySelector($"[data-partner-task='{title}'] form")!;

    [Fact]
    public async Task Home_ShowsOnlyItsPartnersTasks_AndMarksThemDoneAndNotDone()
    {
        var organization = await app.CreateOrganizationAsync();
        var clinic = await app.CreatePartnerAsync(organization, "Clinic");
        var school = await app.CreatePartnerAsync(organization, "School");
        await app.CreatePartnerTaskAsync(organization, clinic, "Leaflets in the waiting room", "Rights week");
        await app.CreatePartnerTaskAsync(organization, school, "Assembly talk");
        await app.CreatePartnerTaskAsync(organization, null, "Staff task");
        await app.LinkPartnerAccountAsync(organization, organization.Partner.Id, clinic);
        var partner = await app.SignedInAsync(organization.Partner);

        var (response, home) = await partner.GetPageAsync("/home/partner");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Leaflets in the waiting room"], home.QuerySelectorAll("[data-partner-task]").Select(t => t.GetAttribute("data-partner-task")));
        Assert.Contains("Rights week", home.QuerySelector("[data-partner-task]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Assembly talk", home.Body!.TextContent, StringComparison.Ordinal);

        var done = await partner.SubmitAsync(TaskForm(home, "Leaflets in the waiting room"), "/home/partner", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var (_, afterDone) = await partner.GetPageAsync("/home/partner");
        Assert.Equal("true", afterDone.QuerySelector("[data-partner-task]")!.GetAttribute("data-done"));

        await partner.SubmitAsync(TaskForm(afterDone, "Leaflets in the waiting room"), "/home/partner", new Dictionary<string, string>());
        var (_, afterUndo) = await partner.GetPageAsync("/home/partner");
        Assert.Equal("false", afterUndo.QuerySelector("[data-partner-task]")!.GetAttribute("data-done"));
    }

    [Fact]
    public async Task CompletingAnotherPartnersTask_OrAnotherOrganizations_Is404_AndChangesNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var clinic = await app.CreatePartnerAsync(organization, "Clinic");
        var school = await app.CreatePartnerAsync(organization, "School");
        var theirPartner = await app.CreatePartnerAsync(other, "Their clinic");
        await app.CreatePartnerTaskAsync(organization, clinic, "Own task");
        var schoolTask = await app.CreatePartnerTaskAsync(organization, school, "School task");
        var staffTask = await app.CreatePartnerTaskAsync(organization, null, "Staff task");
        var theirTask = await app.CreatePartnerTaskAsync(other, theirPartner, "Their task");
        await app.LinkPartnerAccountAsync(organization, organization.Partner.Id, clinic);
        var partner = await app.SignedInAsync(organization.Partner);
        var (_, home) = await partner.GetPageAsync("/home/partner");

        foreach (var taskId in new[] { schoolTask, staffTask, theirTask })
        {
            var form = TaskForm(home, "Own task");
            form.SetAttribute("action", $"/home/partner?handler=Task&taskId={taskId}");
            var response = await partner.SubmitAsync(form, "/home/partner", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.False(await app.WithDbAsync(organization, db => db.CampaignTasks.AnyAsync(t => t.DoneAt != null)));
        Assert.False(await app.WithDbAsync(other, db => db.CampaignTasks.AnyAsync(t => t.DoneAt != null)));
    }

    [Fact]
    public async Task AStaleTask_IsNotOverwritten()
    {
        var organization = await app.CreateOrganizationAsync();
        var clinic = await app.CreatePartnerAsync(organization, "Clinic");
        await app.CreatePartnerTaskAsync(organization, clinic, "Shared task");
        var second = await app.AddUserAsync(organization.Id, Roles.Partner);
        await app.LinkPartnerAccountAsync(organization, organization.Partner.Id, clinic);
        await app.LinkPartnerAccountAsync(organization, second.Id, clinic);
        var one = await app.SignedInAsync(organization.Partner);
        var two = await app.SignedInAsync(second);
        var (_, staleHome) = await two.GetPageAsync("/home/partner");
        var (_, home) = await one.GetPageAsync("/home/partner");

        await one.SubmitAsync(TaskForm(home, "Shared task"), "/home/partner", new Dictionary<string, string>());
        var stale = await two.SubmitAsync(TaskForm(staleHome, "Shared task"), "/home/partner", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.NotNull((await stale.ParseAsync()).QuerySelector("[data-conflict]"));
        Assert.True(await app.WithDbAsync(organization, db => db.CampaignTasks.AnyAsync(t => t.DoneAt != null)));
    }

    [Fact]
    public async Task AnAccountLinkedToNoPartner_SeesNoTask_AndCannotOpenPartnerPages()
    {
        var organization = await app.CreateOrganizationAsync();
        var clinic = await app.CreatePartnerAsync(organization, "Clinic");
        await app.CreatePartnerTaskAsync(organization, clinic, "Clinic task");
        var partner = await app.SignedInAsync(organization.Partner);

        var (response, home) = await partner.GetPageAsync("/home/partner");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(home.QuerySelectorAll("[data-partner-task]"));
        Assert.NotNull(home.QuerySelector("[data-no-partner-tasks]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"/partners/{clinic}")).StatusCode);
    }

    [Fact]
    public async Task Coordinator_LinksAndUnlinksAPartnerAccount_FromThePartnersPage()
    {
        var organization = await app.CreateOrganizationAsync();
        var clinic = await app.CreatePartnerAsync(organization, "Clinic");
        await app.CreatePartnerTaskAsync(organization, clinic, "Clinic task");
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var linked = await coordinator.SubmitFormAsync($"/partners/{clinic}", new Dictionary<string, string> { ["userId"] = organization.Partner.Id.ToString() }, "form[data-link-account]");
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var partner = await app.SignedInAsync(organization.Partner);
        var (_, home) = await partner.GetPageAsync("/home/partner");
        Assert.Single(home.QuerySelectorAll("[data-partner-task]"));

        var unlinked = await coordinator.SubmitFormAsync($"/partners/{clinic}", new Dictionary<string, string>(), $"[data-partner-account='{organization.Partner.UserName}'] form");
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        var (_, after) = await partner.GetPageAsync("/home/partner");
        Assert.Empty(after.QuerySelectorAll("[data-partner-task]"));
    }
}
