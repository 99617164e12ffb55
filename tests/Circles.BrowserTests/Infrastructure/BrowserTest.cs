using Microsoft.Playwright;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>
/// Base of every browser test class: hands out fresh browser contexts (closed after the test)
/// pointed at the class's own <see cref="CirclesServer"/>.
/// </summary>
public abstract class BrowserTest(CirclesServer server) : IAsyncLifetime
{
    /// <summary>A small, common Android phone: the device many members use.</summary>
    public static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>This test's contexts that go back to the server's idle ones afterwards, by their settings.</summary>
    private readonly List<(IBrowserContext Context, string Settings)> _reusable = [];

    protected CirclesServer Server => server;

    /// <summary>
    /// A new browser profile (no cookies, storage or history unless a saved state is given), in
    /// English, closed after the test; <paramref name="javaScriptEnabled"/> false is a browser without scripts.
    /// </summary>
    /// <remarks>
    /// A context without a saved session may be one an earlier test of this class used, emptied:
    /// its pages closed (and with them their history and session storage), its cookies, local
    /// storage, cache and permissions cleared. Debian's Chromium spends over a second of CPU
    /// making a context (measured 7 December 2026, 1.0-1.4 s; a page in an existing one, 0.1 s).
    /// </remarks>
    protected async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null, string? storageState = null, bool javaScriptEnabled = true)
    {
        if (storageState is not null)
        {
            var signedIn = await CreateContextAsync(viewport, storageState, javaScriptEnabled);
            _contexts.Add(signedIn);
            return signedIn;
        }
        var settings = $"{(viewport ?? Phone).Width}x{(viewport ?? Phone).Height}|{javaScriptEnabled}";
        var idle = server.IdleContexts.GetOrAdd(settings, _ => new());
        var context = idle.TryDequeue(out var emptied) ? emptied : await CreateContextAsync(viewport, null, javaScriptEnabled);
        _reusable.Add((context, settings));
        return context;
    }

    private async Task<IBrowserContext> CreateContextAsync(ViewportSize? viewport, string? storageState, bool javaScriptEnabled = true)
    {
        var phone = viewport is null || viewport.Width <= Phone.Width;
        var browser = await SharedBrowser.GetAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
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
            JavaScriptEnabled = javaScriptEnabled,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(20_000);
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
    /// account (made once per server and reused), optionally after choosing a language, so that
    /// the first page already comes in it. For tests that look at pages rather than at signing
    /// in: it saves a full sign-in per test. Such tests must not sign out or exit.
    /// </summary>
    protected async Task<IPage> PageWithSessionOfAsync(DemoAccount account, ViewportSize? viewport = null, string? language = null)
    {
        var page = await PageInOwnSessionAsync(account, viewport, language);
        _contexts.Add(page.Context);
        return page;
    }

    /// <summary>
    /// Like <see cref="PageWithSessionOfAsync"/>, but one page per account, language and screen
    /// size, kept open on this server and handed to every test that asks for the same: a test
    /// then costs a navigation instead of a new browser context (a renderer process). Only for
    /// tests that start by opening a page, only look, and leave nothing in the browser that the
    /// next one would notice: no signing out, no language change, no unsaved form.
    /// </summary>
    protected async Task<IPage> SharedPageWithSessionOfAsync(DemoAccount account, ViewportSize viewport, string language)
    {
        var key = $"{account.UserName}|{language}|{viewport.Width}x{viewport.Height}";
        if (server.SharedPages.TryGetValue(key, out var shared) && !shared.IsClosed)
        {
            return shared;
        }
        var page = await PageInOwnSessionAsync(account, viewport, language);
        server.SharedPages[key] = page;
        return page;
    }

    /// <summary>
    /// Like <see cref="SharedPageWithSessionOfAsync"/> for a visitor who is not signed in: one page
    /// per language and screen size on this server, its language chosen once (a new browser
    /// context, a renderer process, costs more than a page). Same rules: only for tests that look.
    /// </summary>
    protected async Task<IPage> SharedAnonymousPageAsync(ViewportSize viewport, string language)
    {
        var key = $"anonymous|{language}|{viewport.Width}x{viewport.Height}";
        if (server.SharedPages.TryGetValue(key, out var shared) && !shared.IsClosed)
        {
            return shared;
        }
        var context = await CreateContextAsync(viewport, storageState: null);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/");
        await page.UseLanguageAsync(language);
        server.SharedPages[key] = page;
        return page;
    }

    /// <summary>The browser storage state (cookies) of a sign-in of this account, in this language, made once per server.</summary>
    protected async Task<string> SavedSessionAsync(DemoAccount account, string? language = null)
    {
        var key = SessionKey(account, language);
        if (!server.SavedSessions.ContainsKey(key))
        {
            await PageWithSessionOfAsync(account, language: language);
        }
        return server.SavedSessions[key];
    }

    /// <summary>
    /// A page in a new context with the saved session of the account in this language; the first
    /// time, the context signs in itself and its cookies are saved (a sign-in context beside it
    /// would be a second renderer process, over a second of CPU).
    /// </summary>
    private async Task<IPage> PageInOwnSessionAsync(DemoAccount account, ViewportSize? viewport, string? language)
    {
        var sessionKey = SessionKey(account, language);
        server.SavedSessions.TryGetValue(sessionKey, out var state);
        var context = await CreateContextAsync(viewport, state);
        var page = await context.NewPageAsync();
        if (state is null)
        {
            await page.SignInToHomeAsync(account);
            if (language is not null)
            {
                await page.UseLanguageAsync(language);
            }
            server.SavedSessions[sessionKey] = await context.StorageStateAsync();
        }
        return page;
    }

    private static string SessionKey(DemoAccount account, string? language) =>
        language is null ? account.UserName : account.UserName + "|" + language;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
        foreach (var (context, settings) in _reusable)
        {
            if (await TryEmptyAsync(context))
            {
                server.IdleContexts.GetOrAdd(settings, _ => new()).Enqueue(context);
            }
            else
            {
                await context.CloseAsync();
            }
        }
    }

    /// <summary>
    /// Leaves nothing of this test in the context: no page, route, cookie, stored data, cached
    /// response or permission. Init scripts cannot be taken back; the one there is, axe-core's
    /// (Axe.cs), only defines <c>window.axe</c>.
    /// </summary>
    private async Task<bool> TryEmptyAsync(IBrowserContext context)
    {
        try
        {
            foreach (var page in context.Pages.ToList())
            {
                await page.CloseAsync();
            }
            await context.UnrouteAllAsync();
            await context.ClearCookiesAsync();
            await context.ClearPermissionsAsync();
            // Local storage, IndexedDB, cache storage and the HTTP cache of the server's origin go through DevTools.
            var blank = await context.NewPageAsync();
            var devTools = await context.NewCDPSessionAsync(blank);
            await devTools.SendAsync("Storage.clearDataForOrigin", new Dictionary<string, object> { ["origin"] = server.Origin, ["storageTypes"] = "all" });
            await devTools.SendAsync("Network.clearBrowserCache");
            await devTools.DetachAsync();
            await blank.CloseAsync();
            return true;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }
}
