using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>
/// Circles on a real Kestrel server, over HTTPS on a free loopback port, with the demo
/// organization seeded into a fresh database of the provider under test. One per test class.
/// </summary>
/// <remarks>
/// HTTPS, not HTTP. Every Circles cookie is <c>__Host-</c> prefixed and Secure. Chromium itself
/// would keep such cookies on http://localhost (checked with Chromium 156: it treats localhost as
/// a secure context), but ASP.NET Core's anti-forgery refuses to issue its Secure-only cookie on
/// a plain-HTTP request ("SecurePolicy = Always, but the current request is not an SSL
/// request"), so over HTTP every page with a form answers 500. The certificate is generated in
/// memory for each server and the browser contexts accept it (IgnoreHTTPSErrors).
/// </remarks>
public class CirclesServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The password of every demo account in the browser tests.</summary>
    public const string DemoPassword = "browser-test-password-1";

    /// <summary>Where quick exit sends people who are not signed in (Discreet:ExitUrl).</summary>
    public const string AnonymousExitUrl = "https://weather.example/today";

    /// <summary>Where quick exit sends the demo organization's members (the organization's own setting).</summary>
    public const string DemoExitUrl = "https://www.bbc.co.uk/weather";

    private readonly string _folder = Directory.CreateTempSubdirectory("circles-browser-").FullName;
    private readonly X509Certificate2 _certificate = SelfSignedCertificate.ForLoopback();
    private readonly string _connectionString;
    private Uri? _baseAddress;

    public CirclesServer()
        : this(port: 0)
    {
    }

    /// <param name="port">0 for any free port; a fixed one when the server must know its address before it starts (Circles:PublicUrl).</param>
    protected CirclesServer(int port)
    {
        _connectionString = TestDatabase.NewMigratedConnectionString(_folder);
        UseKestrel(options => options.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(_certificate)));
    }

    /// <summary>Settings a server class changes from the ones below.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Browser storage states (cookies) of signed-in demo accounts, by user name and language; see BrowserTest.SavedSessionAsync.</summary>
    public ConcurrentDictionary<string, string> SavedSessions { get; } = new();

    /// <summary>Pages kept open for the tests of this server, by account, language and screen; see BrowserTest.SharedPageWithSessionOfAsync.</summary>
    public ConcurrentDictionary<string, Microsoft.Playwright.IPage> SharedPages { get; } = new();

    /// <summary>
    /// Browser contexts finished tests of this server left empty, by screen size and script
    /// setting, for the next tests that ask for the same; see BrowserTest.NewContextAsync.
    /// </summary>
    public ConcurrentDictionary<string, ConcurrentQueue<Microsoft.Playwright.IBrowserContext>> IdleContexts { get; } = new();

    /// <summary>The origin the browser talks to, for example https://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>The origin as the browser serializes it (scheme, host and port, no trailing slash).</summary>
    public string Origin => BaseAddress.GetLeftPart(UriPartial.Authority);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // "Testing", not "Development": the app then runs its production pipeline (exception
        // handler, HSTS, no developer exception page, no appsettings.Development.json), so the
        // browser sees the markup and headers that real users get. Demo mode is switched on
        // explicitly below instead of through the Development settings file.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", TestDatabase.IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("ConnectionStrings:Circles", _connectionString);
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(_folder, "keys"));
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Discreet:ExitUrl", AnonymousExitUrl);
        // Dozens of sign-ins from one address within a minute are the suite, not an attack.
        builder.UseSetting("RateLimits:AuthPerIpPerMinute", "100000");
        builder.UseSetting("RateLimits:SignInPerAccountPer15Minutes", "100000");
        builder.UseSetting("RateLimits:PostsPerUserPerMinute", "100000");
        // The journal key derivation is not under test for its cost; production uses 210,000 rounds.
        builder.UseSetting("PrivateSpace:KeyIterations", "1000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
            // Hashing cost is not under test; on two cores a low count keeps the many sign-ins fast.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1000));
    }

    public async Task InitializeAsync()
    {
        // Builds the host (migrations and the demo seed run here) and starts Kestrel.
        await Task.Run(StartServer);
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel did not report its addresses.");
        var address = addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal));
        _baseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>
    /// Adds an account to the demo organization that has never signed in (so it still has the
    /// one-time safety explanation ahead of it), with <see cref="DemoPassword"/>.
    /// </summary>
    public async Task<string> CreateNewAccountAsync(string role = Roles.Member)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CirclesDb>();
        var organizationId = await db.Organizations.IgnoreQueryFilters()
            .Where(o => o.Slug == DemoSeeder.Slug).Select(o => o.Id).SingleAsync();
        services.GetRequiredService<CurrentOrganization>().Set(organizationId);

        var users = services.GetRequiredService<UserManager<CirclesUser>>();
        var user = new CirclesUser
        {
            UserName = "new-" + Guid.NewGuid().ToString("N")[..10],
            OrganizationId = organizationId,
            CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, role));
        Check(await users.AddPasswordAsync(user, DemoPassword));
        return user.UserName;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Description)));
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var page in SharedPages.Values)
        {
            await page.Context.CloseAsync();
        }
        foreach (var context in IdleContexts.Values.SelectMany(queue => queue))
        {
            await context.CloseAsync();
        }
        await base.DisposeAsync();
        _certificate.Dispose();
        TestDatabase.Drop(_connectionString);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
