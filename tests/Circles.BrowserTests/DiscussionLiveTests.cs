using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// Group discussions, each person on their own phone: a reply written by one member appears on
/// the other member's open thread without reloading (the server pushes only a topic; the page
/// fetches its posts through the same authorized handler), and a content warning stays closed
/// until opened.
/// </summary>
public sealed class DiscussionLiveTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    [Fact]
    public async Task Reply_AppearsLiveOnAnotherMembersOpenThread()
    {
        var reply = "Live reply " + Guid.NewGuid().ToString("N")[..6];
        var member = await PageWithSessionOfAsync(DemoAccounts.Member);
        var peer = await PageWithSessionOfAsync(DemoAccounts.Peer);
        var threadPath = await OpenDemoThreadAsync(member);
        await peer.OpenAsync(threadPath);
        await Expect(member.Locator("body[data-live-connected='true']")).ToHaveCountAsync(1);
        var before = member.Url;

        // The warned post is closed until opened.
        var warned = member.Locator("main details[data-content-warning]").First;
        await Expect(warned).Not.ToHaveAttributeAsync("open", "");
        await Expect(warned.Locator(".post-body")).ToBeHiddenAsync();
        await warned.Locator("summary").ClickAsync();
        await Expect(warned.Locator(".post-body")).ToBeVisibleAsync();

        await peer.Locator("textarea[name='Reply.Body']").FillAsync(reply);
        await peer.SubmitAsync(peer.GetByRole(AriaRole.Button, new() { Name = "Send reply", Exact = true }));
        await Expect(peer.Locator("main [data-post]").Last).ToContainTextAsync(reply);

        await Expect(member.Locator("main [data-post]").Last).ToContainTextAsync(reply);
        Assert.Equal(before, member.Url);
    }

    private static async Task<string> OpenDemoThreadAsync(IPage page)
    {
        await page.OpenAsync("/groups");
        var group = await page.Locator("main a[href^='/groups/']:not([href='/groups/new'])").First.GetAttributeAsync("href");
        await page.OpenAsync(group + "/discussion");
        var thread = await page.Locator("main [data-thread] a").First.GetAttributeAsync("href");
        await page.OpenAsync(thread!);
        return thread!;
    }
}
