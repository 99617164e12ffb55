using System.Net;
using Circles.IntegrationTests.Accounts;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Demo;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>The demo organization's fictional directory: searchable, its confidential house never shown, seeding it again changes nothing.</summary>
public sealed class DemoDirectoryTests(DemoApp app) : IClassFixture<DemoApp>
{
    private async Task<HttpClient> DemoSignedInAsync(string userName)
    {
        var client = app.NewBrowser();
        var signedIn = await client.SubmitFormAsync("/account/signin", new Dictionary<string, string>
        {
            ["Form.UserName"] = userName,
            ["Form.Password"] = "demo password for tests",
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        await client.SubmitFormAsync("/account/welcome", new Dictionary<string, string>());
        return client;
    }

    [Fact]
    public async Task DemoDirectory_AsDemoMember_FindsServicesAndNeverTheConfidentialAddress()
    {
        var member = await DemoSignedInAsync("demo-member");

        var all = await DirectorySearchTests.ResultsAsync(member, "");
        var free = await DirectorySearchTests.ResultsAsync(member, "?free=true");
        var stay = await DirectorySearchTests.ResultsAsync(member, "?q=tonight");
        var (_, page) = await member.GetPageAsync($"/directory/services/{DemoDirectory.Id(104)}");

        Assert.Equal(11, all.Count);
        Assert.True(free.Count is > 0 and < 11);
        Assert.Equal(["Emergency stay (Harbour House)"], stay);
        Assert.Contains("Harbour House", page.QuerySelector("[data-location]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Quay Lane", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("0100 000 999", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal("Full", page.QuerySelector("[data-fact=intake]")?.GetAttribute("data-intake"));
    }

    [Fact]
    public async Task DemoDirectory_AsDemoCoordinator_ListsTheOverdueAndNeverCheckedServices()
    {
        var coordinator = await DemoSignedInAsync("demo-coordinator");

        var (_, page) = await coordinator.GetPageAsync("/directory/verification");

        // Never checked first (in id order), then the one checked fourteen months ago.
        Assert.Equal(
            ["Talking therapy with interpreters", "Jobs and training club", "Move-on housing support"],
            page.QuerySelectorAll("[data-service] strong").Select(s => s.TextContent.Trim()));
        Assert.Equal("3", page.QuerySelector("[data-due-count]")?.GetAttribute("data-due-count"));
    }

    [Fact]
    public async Task DemoDirectory_SeededAgain_AddsNothing()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var demo = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Slug == DemoSeeder.Slug);
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(demo.Id);
        async Task<int[]> CountAsync() =>
        [
            await db.Set<HsdsService>().CountAsync(), await db.Set<HsdsLocation>().CountAsync(), await db.Set<HsdsAttribute>().CountAsync(),
            await db.Set<HsdsTaxonomyTerm>().CountAsync(), await db.ServiceFacts.CountAsync(), await db.ServiceCommunities.CountAsync(),
        ];
        var before = await CountAsync();

        await DemoDirectory.EnsureSeededAsync(db, demo.Id, Guid.NewGuid(), app.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);

        Assert.Equal(before, await CountAsync());
        Assert.Equal(11, before[0]);
    }
}
