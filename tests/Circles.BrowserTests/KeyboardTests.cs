using System.Text.RegularExpressions;
using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// SEC-1: for keyboard users the way out comes first. The very first Tab on every page lands
/// on the "Leave this site now" skip-link, which is then visible, and Enter on it leaves.
/// </summary>
public sealed partial class KeyboardTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    [Theory]
    [InlineData("anonymous", "/")]
    [InlineData("anonymous", "/account/signin")]
    [InlineData("anonymous", "/join")]
    [InlineData("anonymous", "/safer-browsing")]
    [InlineData("anonymous", "/account/signed-out")]
    [InlineData("member", "/home/member")]
    [InlineData("member", "/account")]
    [InlineData("member", "/account/password")]
    [InlineData("member", "/account/sessions")]
    [InlineData("peer", "/home/peer")]
    [InlineData("coordinator", "/invitations")]
    [InlineData("coordinator", "/people")]
    [InlineData("coordinator", "/settings")]
    [InlineData("coordinator", "/people/00000000-0000-0000-0000-000000000001")]
    public async Task FirstTab_OnPage_FocusesExitSkipLink(string who, string path)
    {
        var page = await NewPageAsync(Desktop);
        if (who != "anonymous")
        {
            await page.SignInToHomeAsync(DemoAccounts.ForRole(who));
        }
        await page.GotoAsync(path);
        await Expect(page).ToHaveURLAsync(Journeys.PathPattern(path));

        await page.Keyboard.PressAsync("Tab");

        var focused = page.Locator(":focus");
        await Expect(focused).ToHaveCountAsync(1);
        await Expect(focused).ToHaveClassAsync(SkipLinkClasses());
        await Expect(focused).ToHaveAttributeAsync("href", "/exit");
        await Expect(focused).ToHaveAttributeAsync("data-quick-exit", "");
        await Expect(focused).ToHaveTextAsync("Leave this site now");
        // Hidden until focused, then on screen where it can be seen and used.
        await Expect(focused).ToBeInViewportAsync();
    }

    [Fact]
    public async Task EnterOnExitSkipLink_AsMember_LeavesForNeutralSite()
    {
        var context = await NewContextAsync(Desktop);
        await NeutralSite.ServeAsync(context);
        var page = await context.NewPageAsync();
        await page.SignInToHomeAsync(DemoAccounts.Member);
        var historyLength = await page.EvaluateAsync<int>("() => history.length");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(CirclesServer.DemoExitUrl);
        await Expect(page).ToHaveTitleAsync(NeutralSite.Title);
        Assert.Equal(historyLength, await page.EvaluateAsync<int>("() => history.length"));
        Assert.Empty(await context.CookiesAsync([Server.Origin]));
    }

    [GeneratedRegex(@"^(?=.*\bskip-link\b)(?=.*\bquick-exit\b)")]
    private static partial Regex SkipLinkClasses();
}
