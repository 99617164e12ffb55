using System.Text.RegularExpressions;
using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// The coping-strategies library, each person on their own phone: a member shares a strategy,
/// the coordinator finds it from their home and approves it, and another member saves it to
/// their own space, without ever seeing who shared it.
/// </summary>
public sealed class StrategiesJourneyTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    [Fact]
    public async Task SharedStrategy_ApprovedByCoordinator_SavedByAnotherMember()
    {
        var title = "Warm hands " + Guid.NewGuid().ToString("N")[..5];

        // The member shares a strategy; it waits for a check.
        var member = await SignedInPageAsync(DemoAccounts.Member);
        await member.GetByRole(AriaRole.Link, new() { Name = "Coping strategies" }).ClickAsync();
        await member.GetByRole(AriaRole.Link, new() { Name = "Share a strategy" }).ClickAsync();
        await member.GetByLabel("Title").FillAsync(title);
        await member.GetByLabel("What you do, step by step").FillAsync("Hold a warm cup with both hands.\nBreathe out slowly, three times.");
        await member.GetByLabel("Breathing").CheckAsync();
        await member.SubmitAsync(member.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }));
        await Expect(member.Locator("main [role=status]")).ToContainTextAsync("Thank you for sharing");
        await Expect(member.Locator("[data-shared-strategy]").Filter(new() { HasText = title })).ToContainTextAsync("Waiting for a check");

        // The coordinator sees it waiting from their home, and approves it.
        var coordinator = await SignedInPageAsync(DemoAccounts.Coordinator);
        await coordinator.Locator("main a[data-waiting-for-check]").ClickAsync();
        var waiting = coordinator.Locator("[data-pending-strategy]").Filter(new() { HasText = title });
        await Expect(waiting).ToBeVisibleAsync();
        await coordinator.SubmitAsync(waiting.GetByRole(AriaRole.Button, new() { Name = "Approve" }));
        await Expect(coordinator.Locator("main [role=status]")).ToContainTextAsync("Approved");
        await Expect(coordinator.Locator("[data-pending-strategy]").Filter(new() { HasText = title })).ToHaveCountAsync(0);

        // Another member finds it in the library, without the author's name, and saves it.
        var peer = await SignedInPageAsync(DemoAccounts.Peer);
        await peer.GetByRole(AriaRole.Link, new() { Name = "Coping strategies" }).ClickAsync();
        await peer.Locator("select[name=tag]").SelectOptionAsync("breathing");
        await peer.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Expect(peer).ToHaveURLAsync(new Regex(@"/strategies\?tag=breathing$"));
        await peer.WaitForLoadStateAsync(LoadState.Load);
        var card = peer.Locator("[data-strategy]").Filter(new() { HasText = title });
        await Expect(card).ToBeVisibleAsync();
        await Expect(peer.Locator("main")).Not.ToContainTextAsync(DemoAccounts.Member.UserName);
        await peer.SubmitAsync(card.GetByRole(AriaRole.Button, new() { Name = "Save to my space" }));
        await Expect(peer.Locator("[data-strategy]").Filter(new() { HasText = title }).Locator("[data-saved]")).ToBeVisibleAsync();
        await peer.GetByRole(AriaRole.Link, new() { Name = "My saved strategies" }).ClickAsync();
        await Expect(peer.Locator("[data-saved-strategy]").Filter(new() { HasText = title })).ToContainTextAsync("Hold a warm cup");

        // The author sees it is now in the library.
        await member.ReloadAsync();
        await Expect(member.Locator("[data-shared-strategy]").Filter(new() { HasText = title })).ToContainTextAsync("In the library");
    }
}
