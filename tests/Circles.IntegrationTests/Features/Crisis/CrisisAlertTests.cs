using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Crisis;

/// <summary>
/// Crisis alerts reach a human: the group's facilitators for a post, coordinators for direct
/// messages. Each says what matched, where and who wrote it; never a direct message's words.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class CrisisAlertTests(SharedCirclesApp app)
{
    [Fact]
    public async Task Alerts_AsGroupFacilitator_SaysWhatMatchedWhereAndWhoWithAWayIn()
    {
        var organization = await app.CreateOrganizationAsync();
        await SetCrisisLinesAsync(organization, "Night line: 0800 123 456");
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var written = await app.WritePostAsync(organization, group.Id, organization.Member, "I keep thinking I want to die");
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        var home = await (await facilitator.GetAsync("/home/facilitator")).ParseAsync();
        Assert.Equal("1", home.QuerySelector("[data-open-crisis-alerts]")?.GetAttribute("data-open-crisis-alerts"));
        var page = await (await facilitator.GetAsync("/crisis-alerts")).ParseAsync();

        var alert = Assert.Single(page.QuerySelectorAll("[data-crisis-alert]"));
        Assert.Equal("“want to die”", alert.QuerySelector("[data-matched-phrase]")!.TextContent.Trim());
        Assert.Equal(organization.Member.UserName, alert.QuerySelector("[data-writer]")!.TextContent.Trim());
        Assert.Contains(group.Name, alert.QuerySelector("[data-where]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/groups/{group.Id}/discussion/{written.ThreadId}", alert.QuerySelector("[data-where] a")!.GetAttribute("href"));
        Assert.Contains("Thoughts of self-harm", alert.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Night line: 0800 123 456", alert.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alerts_OfAnotherGroup_AreNotShownToItsNonFacilitators()
    {
        var organization = await app.CreateOrganizationAsync();
        var otherFacilitator = await app.AddUserAsync(organization.Id, Roles.Facilitator);
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        await app.WritePostAsync(organization, group.Id, organization.Member, "estoy en peligro");
        var other = await app.SignedInAsync(otherFacilitator);

        var page = await (await other.GetAsync("/crisis-alerts")).ParseAsync();
        var home = await (await other.GetAsync("/home/facilitator")).ParseAsync();

        Assert.Empty(page.QuerySelectorAll("[data-crisis-alert]"));
        Assert.Null(home.QuerySelector("[data-open-crisis-alerts]"));
    }

    [Fact]
    public async Task Alerts_ForADirectMessage_CoordinatorSeesWhatMatchedButNeverTheMessage()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        const string canary = "canary-7f3a2";
        await app.WriteMessageAsync(organization, matchId, organization.Member, organization.PeerSupporter, $"{canary} they are coming for me tonight");
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        var response = await coordinator.GetAsync("/crisis-alerts");
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ParseAsync();
        var home = await (await coordinator.GetAsync("/home/coordinator")).ParseAsync();

        var alert = Assert.Single(page.QuerySelectorAll("[data-crisis-alert]"));
        Assert.Equal("“they are coming for me”", alert.QuerySelector("[data-matched-phrase]")!.TextContent.Trim());
        Assert.Contains("between matched peers", alert.QuerySelector("[data-where]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(canary, html, StringComparison.Ordinal);
        Assert.DoesNotContain("tonight", html, StringComparison.Ordinal);
        Assert.Equal("1", home.QuerySelector("[data-open-crisis-alerts]")?.GetAttribute("data-open-crisis-alerts"));
        Assert.Empty((await (await facilitator.GetAsync("/crisis-alerts")).ParseAsync()).QuerySelectorAll("[data-crisis-alert]"));
    }

    [Fact]
    public async Task Acknowledge_AsFacilitator_ClosesItForEveryoneAndIsAudited()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        await app.WritePostAsync(organization, group.Id, organization.Member, "I could hurt myself");
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var coordinatorsPage = await (await coordinator.GetAsync("/crisis-alerts")).ParseAsync();

        var done = await facilitator.SubmitFormAsync("/crisis-alerts", GroupArrangement.NoFields(), "[data-crisis-alert] form");

        Assert.Equal("/crisis-alerts?done=acknowledged", done.Headers.Location?.OriginalString);
        Assert.Empty((await (await facilitator.GetAsync("/crisis-alerts")).ParseAsync()).QuerySelectorAll("[data-crisis-alert]"));
        Assert.Empty((await (await coordinator.GetAsync("/crisis-alerts")).ParseAsync()).QuerySelectorAll("[data-crisis-alert]"));
        var stored = await app.InOrganizationAsync(organization, db => db.CrisisAlerts.SingleAsync());
        Assert.Equal(organization.Facilitator.Id, stored.AcknowledgedByUserId);
        Assert.NotNull(stored.AcknowledgedAt);
        Assert.True(await app.InOrganizationAsync(organization, db => db.AuditEvents.AnyAsync(e =>
            e.Action == AuditActions.CrisisAlertAcknowledged && e.ActorUserId == organization.Facilitator.Id && e.Subject == stored.Id.ToString())));

        // The coordinator's page was opened before: their press says someone already did (concurrency token).
        var late = await coordinator.SubmitAsync((IHtmlFormElement)coordinatorsPage.QuerySelector("[data-crisis-alert] form")!, "/crisis-alerts", GroupArrangement.NoFields());
        Assert.Equal("/crisis-alerts?done=already", late.Headers.Location?.OriginalString);
        Assert.Equal(organization.Facilitator.Id, (await app.InOrganizationAsync(organization, db => db.CrisisAlerts.SingleAsync())).AcknowledgedByUserId);
    }

    [Fact]
    public async Task Acknowledge_AnotherOrganizationsAlertOrAnotherGroups_AnswersNotFound()
    {
        // SEC-19: an alert id of another organization, or of a group one does not facilitate, is not found.
        var mine = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        var theirGroup = await app.CreateGroupAsync(theirs, activeMembers: [theirs.Member]);
        await app.WritePostAsync(theirs, theirGroup.Id, theirs.Member, "I want to die");
        var theirAlert = await app.InOrganizationAsync(theirs, db => db.CrisisAlerts.SingleAsync());
        var myGroup = await app.CreateGroupAsync(mine, activeMembers: [mine.Member]);
        await app.WritePostAsync(mine, myGroup.Id, mine.Member, "me quiero morir");
        var myAlert = await app.InOrganizationAsync(mine, db => db.CrisisAlerts.SingleAsync());
        var otherFacilitator = await app.AddUserAsync(mine.Id, Roles.Facilitator);
        var coordinator = await app.SignedInAsync(mine.Coordinator);
        var stranger = await app.SignedInAsync(otherFacilitator);
        var page = await (await coordinator.GetAsync("/crisis-alerts")).ParseAsync();
        var form = (IHtmlFormElement)page.QuerySelector("[data-crisis-alert] form")!;

        form.Action = $"/crisis-alerts?handler=Acknowledge&id={theirAlert.Id}";
        var foreign = await coordinator.SubmitAsync(form, "/crisis-alerts", new Dictionary<string, string> { ["version"] = theirAlert.Version.ToString() });
        var strangerPage = await (await stranger.GetAsync("/crisis-alerts")).ParseAsync();
        form.Action = $"/crisis-alerts?handler=Acknowledge&id={myAlert.Id}";
        var notTheirs = await stranger.SubmitAsync(form, "/crisis-alerts", new Dictionary<string, string>
        {
            ["version"] = myAlert.Version.ToString(),
            // Their own token (the language switcher's form carries one on every page).
            ["__RequestVerificationToken"] = strangerPage.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
        });

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Null((await app.InOrganizationAsync(theirs, db => db.CrisisAlerts.SingleAsync())).AcknowledgedAt);
        Assert.Null((await app.InOrganizationAsync(mine, db => db.CrisisAlerts.SingleAsync())).AcknowledgedAt);
    }

    private async Task SetCrisisLinesAsync(TestOrganization organization, string lines)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var stored = await db.Organizations.SingleAsync();
        stored.CrisisLines = lines;
        await db.SaveChangesAsync();
    }
}
