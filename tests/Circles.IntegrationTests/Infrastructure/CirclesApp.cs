using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Organizations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// Circles in memory, on a fresh database of the provider under test (a copy of the migrated
/// template, see <see cref="TestDatabase"/>), with a clock the test moves
/// and captured logs. Demo mode is off, so staff rules apply as in production.
/// </summary>
public class CirclesApp : WebApplicationFactory<Program>
{
    public const string Password = "a long test password 42";

    private readonly string _folder = Directory.CreateTempSubdirectory("circles-test-").FullName;

    /// <summary>Outside the database's folder, as production demands (SEC-28).</summary>
    private readonly string _keysFolder = Directory.CreateTempSubdirectory("circles-keys-").FullName;

    /// <summary>The app's clock, moved by the test; it starts on a fixed Monday morning (UTC) so dates read the same in every run.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    public CapturedLogs Logs { get; } = new();
    public string ConnectionString { get; }

    /// <summary>Settings a test class can change before the app starts.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual string Environment => "Testing";

    /// <summary>Whether passwords are hashed and journal keys derived with a low round count (every app but one).</summary>
    protected virtual bool CheapCredentials => true;

    /// <summary>False for a second node on another app's database: the first one drops it.</summary>
    private readonly bool _ownsDatabase = true;

    public CirclesApp()
    {
        ConnectionString = TestDatabase.NewMigratedConnectionString(_folder);
    }

    /// <summary>Another node of the same cluster: <paramref name="first"/>'s database and clock (see ClusterTests).</summary>
    protected CirclesApp(CirclesApp first)
    {
        ConnectionString = first.ConnectionString;
        Clock = first.Clock;
        _ownsDatabase = false;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", TestDatabase.IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("ConnectionStrings:Circles", ConnectionString);
        builder.UseSetting("DataProtection:KeysFolder", _keysFolder);
        if (Environment == "Production")
        {
            // Production refuses an unencrypted key ring (SEC-28); other environments only warn.
            builder.UseSetting("DataProtection:CertificatePath", KeyRingCertificate.WriteTo(_folder));
            builder.UseSetting("DataProtection:CertificatePassword", KeyRingCertificate.Password);
        }
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("RateLimits:AuthPerIpPerMinute", "100000");
        builder.UseSetting("RateLimits:SignInPerAccountPer15Minutes", "100000");
        builder.UseSetting("RateLimits:PostsPerUserPerMinute", "100000");
        builder.UseSetting("RateLimits:HsdsApiPerIpPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicFormPerIpPerHour", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
        if (CheapCredentials)
        {
            // Hashing and key-derivation cost is not under test here (ProductionCostTests keeps
            // it): a low count keeps hundreds of sign-ins fast. Production: Identity's 100,000
            // rounds of PBKDF2-SHA512 for passwords, 210,000 for the journal key.
            builder.UseSetting("PrivateSpace:KeyIterations", "1000");
            builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1000));
        }
    }

    /// <summary>Where the test's browsers open Circles; an app with a public address (Circles:PublicUrl) answers only there.</summary>
    protected virtual string Origin => "https://localhost";

    /// <summary>A browser-like client: cookies kept, redirects not followed, HTTPS so that __Host- cookies work.</summary>
    public HttpClient NewBrowser(string? origin = null)
    {
        var cookies = new CookieContainerHandler();
        var client = CreateDefaultClient(new Uri(origin ?? Origin), cookies);
        _cookieJars.Add(client, cookies.Container);
        return client;
    }

    /// <summary>The cookies a client made by <see cref="NewBrowser"/> holds.</summary>
    public System.Net.CookieContainer CookiesOf(HttpClient client) => _cookieJars.TryGetValue(client, out var jar)
        ? jar
        : throw new InvalidOperationException("Not a client made by NewBrowser().");

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, System.Net.CookieContainer> _cookieJars = new();

    /// <summary>Creates an organization with one person per role (staff enrolled in two-factor sign-in).</summary>
    public async Task<TestOrganization> CreateOrganizationAsync(string? slug = null)
    {
        using var scope = Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CirclesDb>();
        var organization = new Organization
        {
            Slug = slug ?? "org-" + Guid.NewGuid().ToString("N")[..10],
            Name = "Test organization",
            DiscreetTitle = "Garden Club",
            ExitUrl = "https://neutral.example/weather",
            CreatedAt = Clock.GetUtcNow().UtcDateTime,
        };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        services.GetRequiredService<CurrentOrganization>().Set(organization.Id);

        var people = new Dictionary<string, TestUser>();
        foreach (var role in Roles.All)
        {
            people[role] = await AddUserAsync(services, organization.Id, role);
        }
        return new TestOrganization(this, organization.Id, organization.Slug, people);
    }

    /// <summary>Adds one more person with the given roles to an organization.</summary>
    public async Task<TestUser> AddUserAsync(Guid organizationId, params string[] roles)
    {
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organizationId);
        return await AddUserAsync(scope.ServiceProvider, organizationId, roles);
    }

    private async Task<TestUser> AddUserAsync(IServiceProvider services, Guid organizationId, params string[] roles)
    {
        var users = services.GetRequiredService<UserManager<CirclesUser>>();
        var user = new CirclesUser
        {
            UserName = $"{roles[0].ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..8]}",
            OrganizationId = organizationId,
            CreatedAt = Clock.GetUtcNow().UtcDateTime,
            SafetyIntroSeenAt = Clock.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(user));
        foreach (var role in roles)
        {
            Check(await users.AddToRoleAsync(user, role));
        }
        Check(await users.AddPasswordAsync(user, Password));
        string? authenticatorKey = null;
        if (roles.Any(Roles.Staff.Contains))
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            authenticatorKey = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }
        return new TestUser(user.Id, user.UserName, roles, authenticatorKey);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Description)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            TestDatabase.Drop(ConnectionString);
        }
        try
        {
            Directory.Delete(_keysFolder, recursive: true);
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}

public sealed record TestUser(Guid Id, string UserName, IReadOnlyList<string> Roles, string? AuthenticatorKey);

public sealed record TestOrganization(CirclesApp App, Guid Id, string Slug, IReadOnlyDictionary<string, TestUser> People)
{
    public TestUser Coordinator => People[Roles.Coordinator];
    public TestUser Facilitator => People[Roles.Facilitator];
    public TestUser Member => People[Roles.Member];
    public TestUser PeerSupporter => People[Roles.PeerSupporter];
    public TestUser Volunteer => People[Roles.Volunteer];
    public TestUser Partner => People[Roles.Partner];
}
