using Microsoft.Playwright;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>
/// Base of every browser test class: hands out fresh browser contexts (closed after the test)
/// pointed at the class's own <see cref="CirclesServer"/>.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser, CirclesServer server) : IAsyncLifetime
{
    /// <summary>A small, common Android phone: the device many members use.</summary>
    public static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    private readonly List<IBrowserContext> _contexts = [];

    protected CirclesServer Server => server;

    /// <summary>A new, empty browser profile (no cookies, storage or history), in English.</summary>
    protected async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null, string? storageState = null)
    {
        var phone = viewport is null || viewport.Width <= Phone.Width;
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            StorageState = storageState,
            BaseURL = server.Origin,
            // The server's certificate is made in memory for this run; see SelfSignedCertificate.
            IgnoreHTTPSErrors = true,
            ViewportSize = viewport ?? Phone,
            IsMobile = phone,
            HasTouch = phone,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(20_000);
        _contexts.Add(context);
        return context;
    }

    /// <summary>A page in a new browser context.</summary>
    protected async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var context = await NewContextAsync(viewport);
        return await context.NewPageAsync();
    }

    /// <summary>A page in a new context, signed in as a demo account and on its role's home.</summary>
    protected async Task<IPage> SignedInPageAsync(DemoAccount account, ViewportSize? viewport = null)
    {
        var page = await NewPageAsync(viewport);
        await page.SignInToHomeAsync(account);
        return page;
    }

    /// <summary>
    /// A page in a new context that carries the cookies of an earlier sign-in of the same demo
    /// account (made once per server and reused). For tests that look at pages rather than at
    /// signing in: it saves a full sign-in per test. Such tests must not sign out or exit.
    /// </summary>
    protected async Task<IPage> PageWithSessionOfAsync(DemoAccount account, ViewportSize? viewport = null)
    {
        if (!server.SavedSessions.TryGetValue(account.UserName, out var state))
        {
            var signIn = await NewContextAsync();
            var page = await signIn.NewPageAsync();
            await page.SignInToHomeAsync(account);
            state = await signIn.StorageStateAsync();
            server.SavedSessions[account.UserName] = state;
        }
        var context = await NewContextAsync(viewport, state);
        return await context.NewPageAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }
}
