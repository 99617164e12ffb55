using System.Collections.Concurrent;
using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// SEC-8: while someone uses Circles, their browser talks to Circles only: no CDN, web font,
/// analytics or other third party ever learns that they visited. Recorded on the whole browser
/// context, so requests from any page, frame or worker count. The same browsing also shows no
/// script error and no Content-Security-Policy violation in the console (SEC-9 in the browser).
/// Quick exit is not used here: leaving for the neutral site is the one intended exception.
/// </summary>
public sealed class ThirdPartyTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    [Fact]
    public async Task Browse_AsCoordinator_RequestsOnlyOwnOrigin()
    {
        var record = await RecordAsync(CoordinatorBrowsingAsync);

        record.AssertOnlyOwnOrigin(Server.Origin);
    }

    [Fact]
    public async Task Browse_AsNewMember_RequestsOnlyOwnOrigin()
    {
        var record = await RecordAsync(NewMemberBrowsingAsync);

        record.AssertOnlyOwnOrigin(Server.Origin);
    }

    [Fact]
    public async Task Browse_AsCoordinator_LogsNoScriptOrPolicyErrors()
    {
        var record = await RecordAsync(CoordinatorBrowsingAsync);

        record.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Browse_AsNewMember_LogsNoScriptOrPolicyErrors()
    {
        var record = await RecordAsync(NewMemberBrowsingAsync);

        record.AssertNoConsoleErrors();
    }

    /// <summary>A page that does not exist, opened on purpose to see the "not found" page.</summary>
    private const string MissingPage = "/people/00000000-0000-0000-0000-000000000001";

    private async Task<Recording> RecordAsync(Func<IPage, Task> browse)
    {
        var context = await NewContextAsync();
        var recording = new Recording();
        context.Request += (_, request) => recording.Requests.Enqueue(request.Url);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                recording.Console.Enqueue($"{message.Type} on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => recording.Console.Enqueue($"uncaught on {page.Url}: {error}");

        await browse(page);

        // Circles' own files were fetched (by their fingerprinted names, site.{hash}.css), so the recording saw them.
        Assert.Contains(recording.Requests, url => System.Text.RegularExpressions.Regex.IsMatch(url, @"/css/site\.([a-z0-9]+\.)?css$"));
        Assert.Contains(recording.Requests, url => System.Text.RegularExpressions.Regex.IsMatch(url, @"/js/quick-exit\.([a-z0-9]+\.)?js$"));
        return recording;
    }

    /// <summary>A coordinator's day: every staff page, a new invitation, all three languages.</summary>
    private static async Task CoordinatorBrowsingAsync(IPage page)
    {
        await page.OpenAsync("/");
        await page.SignInToHomeAsync(DemoAccounts.Coordinator);
        await page.UseLanguageAsync("en");
        await page.OpenAsync("/people");
        await page.Locator("main a[href^='/people/']").Filter(new() { HasText = DemoAccounts.Member.UserName }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync(DemoAccounts.Member.UserName);
        await page.OpenAsync("/invitations");
        await page.Locator("select[name='Form.Role']").SelectOptionAsync("Volunteer");
        await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }));
        await Expect(page.Locator("[data-invitation-code]")).ToBeVisibleAsync();
        await page.Locator("main a[href^='/invitations/']").First.ClickAsync();
        await Expect(page.Locator("[data-invitation-state]")).ToBeVisibleAsync();
        await page.OpenAsync("/settings");
        await page.OpenAsync("/account");
        await page.OpenAsync("/account/two-factor");
        await page.OpenAsync("/account/sessions");
        await page.OpenAsync("/safer-browsing");
        await page.UseLanguageAsync("ar");
        await page.OpenAsync("/home/coordinator");
        await page.UseLanguageAsync("es");
        await page.UseLanguageAsync("en");
        await page.OpenAsync(MissingPage, expectedStatus: 404);
        await page.OpenAsync("/home/coordinator");
        await page.SignOutAsync();
    }

    /// <summary>A newcomer's first visit: the front door, the exit explanation, their own pages.</summary>
    private async Task NewMemberBrowsingAsync(IPage page)
    {
        var userName = await Server.CreateNewAccountAsync();
        await page.OpenAsync("/");
        await page.OpenAsync("/join");
        await page.OpenAsync("/safer-browsing");
        await page.SignInAsync(userName);
        await page.Locator("main a[href='/safer-browsing']").ClickAsync();
        // Back only once the click's page has loaded: going back mid-navigation raced Chromium
        // ("Page.getNavigationHistory: Not attached to an active page", fresh clone, 7 December).
        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/safer-browsing"));
        await page.WaitForLoadStateAsync();
        await page.GoBackAsync();
        await page.AcknowledgeSafetyIntroAsync();
        await Expect(page.Locator("[data-role-home='member']")).ToBeVisibleAsync();
        await page.UseLanguageAsync("ar");
        await page.UseLanguageAsync("en");
        await page.OpenAsync("/account");
        await page.OpenAsync("/account/password");
        await page.OpenAsync("/account/two-factor");
        await page.Locator("main form[action*='handler=start' i] button[type=submit]").ClickAsync();
        await Expect(page.Locator("main input[name='Code']")).ToBeVisibleAsync();
        await page.OpenAsync("/account/sessions");
        await page.OpenAsync("/home/member");
        await page.SignOutAsync();
    }

    private sealed class Recording
    {
        public ConcurrentQueue<string> Requests { get; } = new();
        public ConcurrentQueue<string> Console { get; } = new();

        public void AssertOnlyOwnOrigin(string origin)
        {
            var elsewhere = Requests.Where(url => !url.StartsWith(origin + "/", StringComparison.Ordinal)).Distinct().ToList();
            Assert.True(elsewhere.Count == 0,
                $"Of {Requests.Count} requests, these did not go to {origin}:\n  " + string.Join("\n  ", elsewhere));
        }

        public void AssertNoConsoleErrors()
        {
            // Chromium reports every 404 document in the console; the one opened on purpose is fine.
            var problems = Console.Where(line => !(line.StartsWith("error ", StringComparison.Ordinal)
                && line.Contains(MissingPage + ": Failed to load resource: the server responded with a status of 404", StringComparison.Ordinal))).ToList();
            Assert.True(problems.Count == 0, "The browser console reported:\n  " + string.Join("\n  ", problems));
        }
    }
}
