using Microsoft.Playwright;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole test run (Debian's, since <c>playwright install</c> cannot
/// download browsers here), shared by every test class. Test classes run two at a time, each
/// against its own <see cref="CirclesServer"/>; every test opens its own browser contexts, so
/// cookies, storage and history never carry over from one test to the next.
/// </summary>
/// <remarks>
/// xUnit 2 has no assembly-wide fixture, and a collection fixture would put every class in one
/// collection, one after another. So the browser starts on first use and closes when the test
/// process ends.
/// </remarks>
public static class SharedBrowser
{
    /// <summary>CIRCLES_TEST_CHROMIUM overrides the browser binary; Debian's package is the default.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CIRCLES_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly Lazy<Task<IBrowser>> Browser = new(LaunchAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<IBrowser> GetAsync() => Browser.Value;

    private static async Task<IBrowser> LaunchAsync()
    {
        // Auto-retrying assertions get more than the default 5 s: the suite shares two cores
        // between two Kestrel servers, PostgreSQL and Chromium.
        Assertions.SetDefaultExpectTimeout(10_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No sandbox (the suite may run as root in a container) and nothing that phones home:
            // the SEC-8 test must only ever see requests that the pages themselves make.
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // Best effort: the driver also takes Chromium down when the test process goes.
            browser.CloseAsync().GetAwaiter().GetResult();
            playwright.Dispose();
        };
        return browser;
    }
}
