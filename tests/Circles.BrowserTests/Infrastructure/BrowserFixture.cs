using Microsoft.Playwright;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole suite (Debian's, since <c>playwright install</c> cannot
/// download browsers here). Every test opens its own browser context, so cookies, storage and
/// history never carry over from one test to the next.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>CIRCLES_TEST_CHROMIUM overrides the browser binary; Debian's package is the default.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CIRCLES_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        // Auto-retrying assertions get more than the default 5 s: the suite shares two cores
        // with Kestrel, the database and Chromium, and sometimes with other builds.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
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
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}

/// <summary>All browser tests share one Chromium and run one after another (two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
