using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// SEC-16 in the browser: idle sign-out warns a minute before, "Stay signed in" keeps the
/// session, and when the time is up the page leaves for the sign-in page by itself.
/// (The server ends idle sessions on its own; SessionTests prove that with a fake clock.)
/// </summary>
public sealed class IdleTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    [Fact]
    public async Task IdleMember_IsWarnedAMinuteBefore_CanStay_AndIsThenSentAway()
    {
        var page = await NewPageAsync();
        await page.Clock.InstallAsync();
        await page.SignInToHomeAsync(DemoAccounts.Member);
        var idleSeconds = int.Parse(await page.Locator("body").GetAttributeAsync("data-idle-seconds") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(15 * 60, idleSeconds); // members: 15 minutes by default
        var warning = page.Locator("#idle-warning");

        await page.Clock.RunForAsync((idleSeconds - 90) * 1000);
        await Expect(warning).Not.ToBeVisibleAsync();
        await page.Clock.RunForAsync(40_000);
        await Expect(warning).ToBeVisibleAsync();

        var keepAlive = page.WaitForResponseAsync(r => r.Url.EndsWith("/account/keep-alive", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
        Assert.Equal(204, (await keepAlive).Status);
        await Expect(warning).Not.ToBeVisibleAsync();

        // Staying restarts the count: the full idle time later, the page leaves by itself.
        var leaving = page.WaitForRequestAsync(r => r.Url.Contains("/account/signin?timedOut=true", StringComparison.Ordinal));
        await page.Clock.RunForAsync((idleSeconds + 1) * 1000);
        await leaving;
    }
}
