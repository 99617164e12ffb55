using System.Net;
using Circles.IntegrationTests.Accounts;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Demo;

namespace Circles.IntegrationTests.Features.Campaigns;

/// <summary>The demo's fictional campaigns: one under way, one finished, with goals, tasks (one a partner's), events and reach.</summary>
public sealed class DemoCampaignsTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task DemoCampaigns_AsDemoCoordinator_OneCurrentOnePast_WithProgressAndAPartnersTask()
    {
        var client = app.NewBrowser();
        var signedIn = await client.SubmitFormAsync("/account/signin", new Dictionary<string, string>
        {
            ["Form.UserName"] = "demo-coordinator",
            ["Form.Password"] = "demo password for tests",
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        await client.SubmitFormAsync("/account/welcome", new Dictionary<string, string>());

        var list = await (await client.GetAsync("/campaigns")).ParseAsync();
        Assert.Contains(DemoCampaigns.CurrentName, list.QuerySelector("[data-phase='Current']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(DemoCampaigns.PastName, list.QuerySelector("[data-phase='Past']")!.TextContent, StringComparison.Ordinal);

        var href = list.QuerySelector("[data-phase='Current'] a")!.GetAttribute("href")!;
        var page = await (await client.GetAsync(href)).ParseAsync();
        Assert.Equal(4, page.QuerySelectorAll("[data-goal]").Length);
        Assert.Contains(DemoCampaigns.PartnerName, page.QuerySelector("[data-tasks]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("[data-reach-totals] tbody tr"));

        var home = await (await client.GetAsync("/home/coordinator")).ParseAsync();
        Assert.NotNull(home.QuerySelector("[data-campaign-tasks-due]"));
    }
}
