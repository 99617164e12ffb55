using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// A member and their peer supporter, each on their own phone, write to each other: each sees the
/// other's message arrive without reloading (live updates over SignalR fetch the list through the
/// page's own handler), and the unread badge follows. Without JavaScript the same form still sends.
/// </summary>
public sealed class MessageJourneyTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    private static async Task OpenLiveAsync(IPage page, string path)
    {
        await page.OpenAsync(path);
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-live-connected", "true");
        // Lost on any navigation or reload: proves that what follows arrived in place.
        await page.EvaluateAsync("() => { window.__samePage = true; }");
    }

    private static async Task AssertNotReloadedAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => window.__samePage === true"), $"{page.Url} was reloaded or left");

    private static async Task SendAsync(IPage page, string text)
    {
        await page.Locator("#Form_Text").FillAsync(text);
        var answer = await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }));
        Assert.Equal(302, answer.Status);
    }

    private static ILocator Message(IPage page, string text) =>
        page.Locator(".conversation [data-text]").Filter(new() { HasTextString = text });

    [Fact]
    public async Task MatchedPeers_ExchangeMessages_EachSeesTheOtherArriveLive_AndTheBadgeUpdates()
    {
        var matchId = await Server.EnsureActiveMatchAsync();
        var conversation = "/messages/" + matchId;
        var member = await SignedInPageAsync(DemoAccounts.Member);
        var peer = await SignedInPageAsync(DemoAccounts.Peer);
        await OpenLiveAsync(member, conversation);
        await OpenLiveAsync(peer, conversation);

        // The member writes; the peer supporter's open page shows it without reloading.
        await SendAsync(member, "Hello, thank you for accepting");
        await Expect(Message(member, "Hello, thank you for accepting")).ToBeVisibleAsync();
        await Expect(Message(peer, "Hello, thank you for accepting")).ToBeVisibleAsync();
        await AssertNotReloadedAsync(peer);

        // The reply arrives on the member's page the same way.
        await Expect(member.Locator("body")).ToHaveAttributeAsync("data-live-connected", "true");
        await member.EvaluateAsync("() => { window.__samePage = true; }");
        await SendAsync(peer, "Hello! I am glad to talk with you");
        await Expect(Message(member, "Hello! I am glad to talk with you")).ToBeVisibleAsync();
        await AssertNotReloadedAsync(member);

        // Elsewhere in Circles, a new message shows as an unread count in the navigation, live.
        await OpenLiveAsync(member, "/messages");
        var badge = member.Locator(".main-nav [data-live-unread=messages]");
        var before = int.TryParse((await badge.TextContentAsync())?.Trim(), out var count) ? count : 0;
        await SendAsync(peer, "Take your time");
        await Expect(badge).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(badge).ToBeVisibleAsync();
        await Expect(member.Locator($"[data-conversation='{matchId}']")).ToHaveAttributeAsync("data-unread", "1");
        await AssertNotReloadedAsync(member);

        // Opening the conversation reads it: the badge goes back.
        await member.Locator($"[data-conversation='{matchId}'] a").ClickAsync();
        await Expect(Message(member, "Take your time")).ToBeVisibleAsync();
        await Expect(badge).ToHaveTextAsync(before > 0 ? before.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
    }

    [Fact]
    public async Task WithoutJavaScript_SendingIsAPlainFormPost()
    {
        var matchId = await Server.EnsureActiveMatchAsync();
        // A signed-in session made with JavaScript, then used by a browser that has none.
        var context = await NewContextAsync(Phone, await SavedSessionAsync(DemoAccounts.Member), javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/messages/" + matchId);
        await Expect(page.Locator("body")).Not.ToHaveAttributeAsync("data-live-connected", "true");
        await page.Locator("#Form_Text").FillAsync("Sent without any script");
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);
        Assert.Equal(302, answer.Status);
        await Expect(Message(page, "Sent without any script")).ToBeVisibleAsync();
        await Expect(page.Locator("a[data-check-new]")).ToBeVisibleAsync();
    }
}
