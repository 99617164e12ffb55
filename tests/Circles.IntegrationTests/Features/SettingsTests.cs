using System.Net;
using Circles.IntegrationTests.Features.Directory;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features;

/// <summary>Coordinators manage the organization's safety settings; bad input and concurrent edits lose nothing.</summary>
[Collection(SharedApp.Name)]
public sealed class SettingsTests(SharedCirclesApp app)
{
    [Fact]
    public async Task Save_AsCoordinator_ChangesTitleIconExitAndCrisisLinesEverywhere()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var saved = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string>
        {
            ["Form.DiscreetTitle"] = "Sunday Book Club",
            ["Form.DiscreetIcon"] = "book",
            ["Form.ExitUrl"] = "https://weather.example/today",
            ["Form.CrisisLines"] = "Helpline: 0800 111 222, any time\n\n  Text line: 12345  ",
            ["Form.MemberIdleMinutes"] = "10",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var member = await app.SignedInAsync(organization.Member);
        var home = await (await member.GetAsync("/home/member")).ParseAsync();
        Assert.EndsWith("· Sunday Book Club", home.Title, StringComparison.Ordinal);
        // The chosen icon, by its fingerprinted name (book.{hash}.svg, MapStaticAssets).
        Assert.Matches(@"^/icons/book\.([a-z0-9]+\.)?svg$", home.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.Equal(["Helpline: 0800 111 222, any time", "Text line: 12345"],
            home.QuerySelectorAll(".crisis-lines li").Select(li => li.TextContent).ToArray());
        Assert.Equal("600", home.Body!.GetAttribute("data-idle-seconds"));
        Assert.Equal("https://weather.example/today", (await member.GetAsync("/exit")).Headers.Location?.ToString());
    }

    [Fact]
    public async Task Save_WithInvalidValues_ExplainsAndKeepsWhatWasTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var refused = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string>
        {
            ["Form.Name"] = "New name typed by the coordinator",
            ["Form.ExitUrl"] = "javascript:alert(1)",
            ["Form.MemberIdleMinutes"] = "500",
            ["Form.CrisisLines"] = "Line one typed",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("https://", summary, StringComparison.Ordinal);
        Assert.Contains("between 5 and 60", summary, StringComparison.Ordinal);
        Assert.Equal("New name typed by the coordinator", page.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
        Assert.Equal("Line one typed", page.QuerySelector("textarea[name='Form.CrisisLines']")!.TextContent.Trim());
        Assert.Equal("javascript:alert(1)", page.QuerySelector("input[name='Form.ExitUrl']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Save_AfterSomeoneElseSaved_IsRefusedAndKeepsWhatWasTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var second = await app.AddUserAsync(organization.Id, Circles.Web.Accounts.Roles.Coordinator);
        var alice = await app.SignedInAsync(organization.Coordinator);
        var bob = await app.SignedInAsync(second);

        // Both open the form, then Alice saves first.
        var bobsForm = await (await bob.GetAsync("/settings")).ParseAsync();
        var aliceSaved = await alice.SubmitFormAsync("/settings", new Dictionary<string, string> { ["Form.Name"] = "Alice's name" });
        Assert.Equal(HttpStatusCode.Redirect, aliceSaved.StatusCode);

        var bobSaved = await bob.SubmitAsync(
            (AngleSharp.Html.Dom.IHtmlFormElement)bobsForm.QuerySelector("main form")!,
            "/settings",
            new Dictionary<string, string> { ["Form.Name"] = "Bob's name" });

        Assert.Equal(HttpStatusCode.OK, bobSaved.StatusCode);
        var page = await bobSaved.ParseAsync();
        Assert.Contains("Someone else changed these settings", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Bob's name", page.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
        var current = await (await alice.GetAsync("/settings")).ParseAsync();
        Assert.Equal("Alice's name", current.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Save_DirectorySettings_OpensTheApiAndKeepsTheNumbers()
    {
        var organization = await app.DirectoryAsync(DirectoryApiAccess.SignedInOnly);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var stranger = app.NewBrowser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync(organization.Api("services"))).StatusCode);

        var form = await (await coordinator.GetAsync("/settings")).ParseAsync();
        Assert.Contains($"/api/hsds/{organization.Slug}/", form.QuerySelector("#api-hint")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector("input[name='Form.DirectoryApiAccess'][value='SignedInOnly'][checked]"));

        var saved = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string>
        {
            ["Form.DirectoryApiAccess"] = "Public",
            ["Form.ReverifyServicesAfterMonths"] = "6",
            ["Form.NeedWaitingAlertDays"] = "3",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync(organization.Api("services"))).StatusCode);
        var stored = await StoredAsync(organization.Id);
        Assert.Equal((DirectoryApiAccess.Public, 6, 3), (stored.DirectoryApiAccess, stored.ReverifyServicesAfterMonths, stored.NeedWaitingAlertDays));
        var page = await (await coordinator.GetAsync("/settings")).ParseAsync();
        Assert.NotNull(page.QuerySelector("input[name='Form.DirectoryApiAccess'][value='Public'][checked]"));
        Assert.Equal("6", page.QuerySelector("input[name='Form.ReverifyServicesAfterMonths']")!.GetAttribute("value"));
        Assert.Equal("3", page.QuerySelector("input[name='Form.NeedWaitingAlertDays']")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("0", "7", "between 1 and 60 months")]
    [InlineData("61", "7", "between 1 and 60 months")]
    [InlineData("12", "0", "between 1 and 90 days")]
    [InlineData("12", "91", "between 1 and 90 days")]
    public async Task Save_DirectoryNumbersOutOfRange_ExplainsKeepsWhatWasTypedAndChangesNothing(string months, string days, string message)
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var refused = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string>
        {
            ["Form.Name"] = "Typed before the mistake",
            ["Form.DirectoryApiAccess"] = "Public",
            ["Form.ReverifyServicesAfterMonths"] = months,
            ["Form.NeedWaitingAlertDays"] = days,
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Contains(message, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(months, page.QuerySelector("input[name='Form.ReverifyServicesAfterMonths']")!.GetAttribute("value"));
        Assert.Equal(days, page.QuerySelector("input[name='Form.NeedWaitingAlertDays']")!.GetAttribute("value"));
        Assert.Equal("Typed before the mistake", page.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name='Form.DirectoryApiAccess'][value='Public'][checked]"));
        var stored = await StoredAsync(organization.Id);
        Assert.Equal((DirectoryApiAccess.SignedInOnly, 12, 7), (stored.DirectoryApiAccess, stored.ReverifyServicesAfterMonths, stored.NeedWaitingAlertDays));
    }

    [Fact]
    public async Task Save_UnknownApiAccess_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var refused = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string> { ["Form.DirectoryApiAccess"] = "7" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await refused.ParseAsync()).QuerySelector(".error-summary"));
        Assert.Equal(DirectoryApiAccess.SignedInOnly, (await StoredAsync(organization.Id)).DirectoryApiAccess);
    }

    [Fact]
    public async Task Settings_AsFacilitator_AreNotReachable()
    {
        // The API setting opens the directory to anyone: only coordinators may change it.
        var organization = await app.CreateOrganizationAsync();
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        var response = await facilitator.PostAsync("/settings", new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.DirectoryApiAccess"] = "Public" }));

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DirectoryApiAccess.SignedInOnly, (await StoredAsync(organization.Id)).DirectoryApiAccess);
    }

    private async Task<Organization> StoredAsync(Guid organizationId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CirclesDb>().Organizations.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == organizationId);
    }
}
