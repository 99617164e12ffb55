using Circles.BrowserTests.Infrastructure;
using Circles.Web.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// A member looks for help on a 360 px phone: from their home to the directory, words and the
/// "free" filter, then a service's page with its facts in plain words and a way to ask for help.
/// The demo's confidential house never shows its street.
/// </summary>
public sealed class DirectoryJourneyTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    [Fact]
    public async Task FindHelp_MemberSearchesFiltersFreeAndOpensAService_OnAPhone()
    {
        var member = await SignedInPageAsync(DemoAccounts.Member);

        await member.GetByRole(AriaRole.Link, new() { Name = "Find help" }).ClickAsync();
        await Expect(member).ToHaveURLAsync(Journeys.PathPattern("/directory"));
        await member.Locator("#q").FillAsync("advice");
        await member.Locator("details.directory-filters summary").ClickAsync();
        await member.GetByLabel("Free", new() { Exact = true }).CheckAsync();
        await member.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(member).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/directory\?q=advice&.*free=true"));
        var cards = member.Locator("[data-service]");
        await Expect(cards.First).ToBeVisibleAsync();
        var count = await cards.CountAsync();
        Assert.True(count >= 2, $"expected several free advice services, found {count}");
        for (var i = 0; i < count; i++)
        {
            await Expect(cards.Nth(i).Locator("[data-badge=free]")).ToBeVisibleAsync();
        }
        await Expect(member.Locator("[data-service] h3")).Not.ToContainTextAsync(["English classes for adults"]);

        await member.GetByRole(AriaRole.Link, new() { Name = "Immigration advice clinic" }).ClickAsync();
        await Expect(member.Locator("main h1")).ToHaveTextAsync("Immigration advice clinic");
        await Expect(member.Locator("[data-fact=cost]")).ToContainTextAsync("Free");
        await Expect(member.Locator("[data-fact=intake]")).ToContainTextAsync("Taking referrals");
        await Expect(member.Locator("[data-ask-for-help]")).ToHaveAttributeAsync("href", "/needs/new?service=" + DemoDirectory.Id(101));

        await member.OpenAsync("/directory/services/" + DemoDirectory.Id(104));
        await Expect(member.Locator("[data-confidential]")).ToBeVisibleAsync();
        Assert.DoesNotContain(DemoDirectory.ConfidentialStreet, await member.ContentAsync(), StringComparison.Ordinal);
    }
}
