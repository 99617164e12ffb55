using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// SEC-3: the first sign-in shows a one-time page that explains quick exit, says that browser
/// history is not erased and links the safer-browsing page; later sign-ins go straight home.
/// Each test uses an account made for it that has never signed in.
/// </summary>
public sealed class SafetyIntroTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    [Fact]
    public async Task SignIn_FirstTimeAsMember_ShowsExitExplanationOnce()
    {
        var userName = await Server.CreateNewAccountAsync();
        var page = await NewPageAsync();

        await page.SignInAsync(userName);

        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/account/welcome"));
        var main = page.Locator("main");
        await Expect(main.Locator("h1")).ToHaveTextAsync("Before you start: leaving quickly");
        await Expect(main).ToContainTextAsync("Exit button");
        await Expect(main).ToContainTextAsync("pressing the Shift key three times");
        await Expect(main).ToContainTextAsync("Exit does not erase your browser history.");
        await Expect(main.Locator("a[href='/safer-browsing']")).ToBeVisibleAsync();

        await page.AcknowledgeSafetyIntroAsync();
        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/home/member"));
        await Expect(page.Locator("[data-role-home='member']")).ToBeVisibleAsync();

        await page.SignOutAsync();
        await page.SignInAsync(userName);

        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/home/member"));
        await Expect(page.Locator("[data-role-home='member']")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "I understand, continue" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OpenOtherPage_BeforeAcknowledgingAsMember_ShowsExplanationFirst()
    {
        var userName = await Server.CreateNewAccountAsync();
        var page = await NewPageAsync();
        await page.SignInAsync(userName);
        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/account/welcome"));

        await page.GotoAsync("/account/sessions");

        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/account/welcome"));
        await page.AcknowledgeSafetyIntroAsync();
        // Acknowledging continues to the page that was asked for.
        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/account/sessions"));
    }

    [Fact]
    public async Task SaferBrowsingLink_BeforeAcknowledgingAsMember_OpensAdvice()
    {
        var userName = await Server.CreateNewAccountAsync();
        var page = await NewPageAsync();
        await page.SignInAsync(userName);

        await page.Locator("main a[href='/safer-browsing']").ClickAsync();

        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/safer-browsing"));
        await Expect(page.Locator("main")).ToContainTextAsync("Exit does not erase your browser history");
    }
}
