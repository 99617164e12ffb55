using System.Collections.Concurrent;
using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// SEC-1 and SEC-2: quick exit by the button and by Shift pressed three times leaves for the
/// organization's neutral site, signs out, clears the site's data, replaces the history entry,
/// and Back never shows member content again. Shift used with another key never leaves.
/// They run alone, after the other classes (<see cref="QuickExitCollection"/>).
/// </summary>
[Collection(QuickExitCollection.Name)]
public sealed class QuickExitTests(CirclesServer server, ITestOutputHelper output)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    [Fact]
    public async Task ExitButton_AsMember_LeavesAndBackShowsNoMemberContent()
    {
        var (page, site, exits) = await MemberBrowsingAsync();
        var historyLength = await HistoryLengthAsync(page);
        var button = page.Locator("#quick-exit");
        await Expect(button).ToBeVisibleAsync();
        await Expect(button).ToHaveAttributeAsync("href", "/exit");
        await Expect(button).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bexit-button\b"));
        await Expect(button).ToHaveAttributeAsync("data-quick-exit", "");
        await Expect(button).ToBeInViewportAsync();

        await button.ClickAsync();

        await AssertLeftCirclesAsync(page, site, exits, CirclesServer.DemoExitUrl, historyLength);
        await AssertBackNeverShowsMemberContentAsync(page, DemoAccounts.Member);
    }

    [Fact]
    public async Task ShiftThreeTimes_AsMember_LeavesAndBackShowsNoMemberContent()
    {
        var (page, site, exits) = await MemberBrowsingAsync();
        var historyLength = await HistoryLengthAsync(page);

        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Shift");
        }

        await AssertLeftCirclesAsync(page, site, exits, CirclesServer.DemoExitUrl, historyLength);
        await AssertBackNeverShowsMemberContentAsync(page, DemoAccounts.Member);
    }

    [Fact]
    public async Task ShiftThreeTimes_WhileTypingInAField_AsMember_Leaves()
    {
        var (page, site, exits) = await MemberBrowsingAsync();
        await page.OpenAsync("/account/password");
        var field = page.Locator("input[type=password]").First;
        await field.PressSequentiallyAsync("half a sentence");
        var historyLength = await HistoryLengthAsync(page);

        for (var i = 0; i < 3; i++)
        {
            await field.PressAsync("Shift");
        }

        await AssertLeftCirclesAsync(page, site, exits, CirclesServer.DemoExitUrl, historyLength);
        await AssertBackNeverShowsMemberContentAsync(page, DemoAccounts.Member);
    }

    [Fact]
    public async Task ShiftWithAnotherKey_AsMember_DoesNotLeave()
    {
        var (page, _, exits) = await MemberBrowsingAsync();
        await page.OpenAsync("/account/password");
        var field = page.Locator("input[type=password]").First;
        await field.FocusAsync();

        // Capital letters: Shift is held while another key is pressed, three times over.
        await page.Keyboard.PressAsync("Shift+A");
        await page.Keyboard.PressAsync("Shift+B");
        await page.Keyboard.PressAsync("Shift+C");
        // Shift held down through several keys, then Shift+Tab, the keyboard user's way back.
        await page.Keyboard.DownAsync("Shift");
        await page.Keyboard.PressAsync("D");
        await page.Keyboard.PressAsync("E");
        await page.Keyboard.UpAsync("Shift");
        await field.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Shift+Tab");

        await AssertStillHereAsync(page, exits, "/account/password");
        await Expect(field).ToHaveValueAsync("ABCDE");
    }

    [Fact]
    public async Task ShiftTwiceThenShiftWithAnotherKey_AsMember_DoesNotLeave()
    {
        var (page, _, exits) = await MemberBrowsingAsync();
        await page.OpenAsync("/account/password");
        var field = page.Locator("input[type=password]").First;
        await field.FocusAsync();

        // Two lone presses, then a capital letter: the third Shift is part of "Shift+F", and
        // SEC-1 says Shift with another key does not count.
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift+F");

        await AssertStillHereAsync(page, exits, "/account/password");
        await Expect(field).ToHaveValueAsync("F");
    }

    [Fact]
    public async Task ShiftTwiceThenAnotherKeyThenShift_AsMember_DoesNotLeave()
    {
        var (page, _, exits) = await MemberBrowsingAsync();

        // SEC-1: any other key starts the count again.
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("x");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Shift");

        await AssertStillHereAsync(page, exits, "/account");
    }

    [Fact]
    public async Task ShiftPressesMoreThanFiveSecondsApart_AsMember_DoNotLeave()
    {
        var context = await NewContextAsync();
        var site = await NeutralSite.ServeAsync(context);
        var page = await context.NewPageAsync();
        // The page's timers run on a clock the test moves by hand.
        await page.Clock.InstallAsync();
        await page.SignInToHomeAsync(DemoAccounts.Member);
        var exits = new ExitRequests(page, Server.Origin);

        await page.Keyboard.PressAsync("Shift");
        await page.Clock.RunForAsync(6_000);
        await page.Keyboard.PressAsync("Shift");
        await page.Clock.RunForAsync(6_000);
        await page.Keyboard.PressAsync("Shift");
        await AssertStillHereAsync(page, exits, DemoAccounts.Member.HomePath);

        // Each press restarts the 5 s window: three presses 4 s apart, 8 s in all, do leave.
        var historyLength = await HistoryLengthAsync(page);
        await page.Clock.RunForAsync(6_000);
        await page.Keyboard.PressAsync("Shift");
        await page.Clock.RunForAsync(4_000);
        await page.Keyboard.PressAsync("Shift");
        await page.Clock.RunForAsync(4_000);
        await page.Keyboard.PressAsync("Shift");
        await AssertLeftCirclesAsync(page, site, exits, CirclesServer.DemoExitUrl, historyLength);
    }

    [Fact]
    public async Task ExitButton_AsAnonymousVisitor_LeavesForConfiguredNeutralSite()
    {
        var context = await NewContextAsync();
        var site = await NeutralSite.ServeAsync(context);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/");
        await page.OpenAsync("/account/signin");
        var exits = new ExitRequests(page, Server.Origin);
        var historyLength = await HistoryLengthAsync(page);

        await page.Locator("#quick-exit").ClickAsync();

        await AssertLeftCirclesAsync(page, site, exits, CirclesServer.AnonymousExitUrl, historyLength);
    }

    /// <summary>A member, signed in on a phone, who has moved on from their home to their account page.</summary>
    private async Task<(IPage Page, NeutralSite Site, ExitRequests Exits)> MemberBrowsingAsync()
    {
        var context = await NewContextAsync();
        var site = await NeutralSite.ServeAsync(context);
        var page = await context.NewPageAsync();
        await page.SignInToHomeAsync(DemoAccounts.Member);
        await page.Locator("nav.main-nav").GetByRole(AriaRole.Link, new() { Name = "My account" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/account"));
        // The address changes before the page's scripts run: a person's first Shift comes after
        // the page has loaded, and under load a test's could come before quick-exit.js listens.
        await page.WaitForLoadStateAsync(LoadState.Load);
        return (page, site, new ExitRequests(page, Server.Origin));
    }

    private static Task<int> HistoryLengthAsync(IPage page) => page.EvaluateAsync<int>("() => history.length");

    private async Task AssertLeftCirclesAsync(IPage page, NeutralSite site, ExitRequests exits, string neutralUrl, int historyLengthBefore)
    {
        await Expect(page).ToHaveURLAsync(neutralUrl);
        await Expect(page).ToHaveTitleAsync(NeutralSite.Title);

        // Through the same-origin /exit, which signs out and clears the site's data.
        var exit = Assert.Single(exits.Responses);
        Assert.Equal(302, exit.Status);
        var clearSiteData = await exit.HeaderValueAsync("clear-site-data") ?? "";
        foreach (var part in new[] { "\"cache\"", "\"cookies\"", "\"storage\"" })
        {
            Assert.Contains(part, clearSiteData, StringComparison.Ordinal);
        }

        // No Referer tells the neutral site (or anyone watching) where the person came from.
        var visit = Assert.Single(site.Visits);
        Assert.False(visit.Headers.ContainsKey("referer"), $"The neutral site was sent a Referer: {visit.Headers.GetValueOrDefault("referer")}");

        // location.replace: the Circles page was replaced, not pushed down the history.
        Assert.Equal(historyLengthBefore, await HistoryLengthAsync(page));

        // Clear-Site-Data and the sign-out leave no Circles cookie behind.
        var cookies = await page.Context.CookiesAsync([Server.Origin]);
        Assert.True(cookies.Count == 0, "Cookies left after exit: " + string.Join(", ", cookies.Select(c => c.Name))
            + ". Answers that set cookies, in order: " + string.Join(" | ", await exits.CookieSettersAsync()));
    }

    /// <summary>
    /// Presses Back until the history runs out. Every page on the way must not be signed-in
    /// Circles content: either not Circles at all, or the Circles sign-in page.
    /// </summary>
    private async Task AssertBackNeverShowsMemberContentAsync(IPage page, DemoAccount account)
    {
        for (var step = 1; step <= 10; step++)
        {
            var before = page.Url;
            await page.GoBackAsync(); // waits for the page it goes to to load
            if (page.Url == before)
            {
                return; // nothing further back
            }
            var where = $"after Back number {step}, on {page.Url}";
            output.WriteLine($"Back {step}: {page.Url}");
            if (!page.Url.StartsWith(Server.Origin, StringComparison.Ordinal))
            {
                Assert.True(page.Url.StartsWith("about:blank", StringComparison.Ordinal) || page.Url.StartsWith("https://www.bbc.co.uk/", StringComparison.Ordinal),
                    $"Unexpected page {where}");
                continue;
            }
            Assert.True(page.PathOf() == "/account/signin", $"Back showed a Circles page other than sign-in {where}");
            await Expect(page.Locator("[data-role-home]")).ToHaveCountAsync(0);
            await Expect(page.Locator("nav.main-nav")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
            await Expect(page.Locator("body")).Not.ToContainTextAsync(account.UserName);
            await Expect(page.Locator("input[name='Form.Password']")).ToBeVisibleAsync();
        }
        Assert.Fail("Back kept finding pages after 10 steps.");
    }

    private static async Task AssertStillHereAsync(IPage page, ExitRequests exits, string path)
    {
        // Proving that something did not happen: give the page's script time to (wrongly) act.
        await page.WaitForTimeoutAsync(750);
        Assert.True(exits.Requests.Length == 0, "Quick exit was triggered: the browser requested " + string.Join(", ", exits.Requests.Select(r => r.Url)));
        await Expect(page).ToHaveURLAsync(Journeys.PathPattern(path));
        Assert.False(await page.EvaluateAsync<bool>("() => document.body.hidden"), "The page was hidden as if leaving.");
        await Expect(page.Locator("nav.main-nav")).ToBeVisibleAsync();
    }

    /// <summary>Records the browser's requests to, and answers from, Circles' /exit.</summary>
    private sealed class ExitRequests
    {
        private readonly ConcurrentQueue<IRequest> _requests = new();
        private readonly ConcurrentQueue<IResponse> _responses = new();

        public ExitRequests(IPage page, string origin)
        {
            var exitUrl = origin + "/exit";
            page.Request += (_, request) =>
            {
                if (request.Url.StartsWith(exitUrl, StringComparison.Ordinal))
                {
                    _requests.Enqueue(request);
                }
            };
            page.Response += (_, response) =>
            {
                _all.Enqueue(response);
                if (response.Url.StartsWith(exitUrl, StringComparison.Ordinal))
                {
                    _responses.Enqueue(response);
                }
            };
        }

        private readonly ConcurrentQueue<IResponse> _all = new();

        /// <summary>Every answer seen since recording began that set a cookie, with the cookie names: what to look at when one is left.</summary>
        public async Task<IReadOnlyList<string>> CookieSettersAsync()
        {
            var setters = new List<string>();
            foreach (var response in _all)
            {
                if (await response.HeaderValueAsync("set-cookie") is { Length: > 0 } setCookie)
                {
                    var names = setCookie.Split('\n').Select(c => c.Split('=')[0]);
                    setters.Add($"{response.Request.Method} {new Uri(response.Url).PathAndQuery} {response.Status}: {string.Join(", ", names)}");
                }
            }
            return setters;
        }

        public IRequest[] Requests => [.. _requests];
        public IResponse[] Responses => [.. _responses];
    }
}

/// <summary>
/// Quick exit races the page it leaves: timers of 5 s between Shift presses, and the exit's
/// Clear-Site-Data against whatever that page still has in flight. With another test class
/// loading the same two cores, twice in four full runs an anti-forgery cookie was found after a
/// Shift exit, and once, run alone, the three presses came before quick-exit.js listened (the
/// tests now wait for the page to load, as a person would). These tests run alone, after the
/// others, so that the load of other classes does not decide their races. If a cookie is found
/// again, the failure lists every answer that set one: a late answer planting a cookie after
/// exit would be a SEC-2 bug to fix in the app, not here.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QuickExitCollection
{
    public const string Name = "Quick exit, run alone";
}
