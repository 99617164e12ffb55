using System.Net;
using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Accounts;

/// <summary>The production sign-in budgets: 10 failed guesses per 15 minutes for unknown browsers of a name, 10 per known browser.</summary>
public sealed class SignInBudgetApp : CirclesApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:SignInPerAccountPer15Minutes"] = "10",
        ["RateLimits:SignInPerDevicePer15Minutes"] = "10",
    };
}

/// <summary>
/// SEC-13 (issue 14, hole 2): whoever knows a pseudonym can slow down strangers' browsers but
/// never lock the owner out of the browser they signed in from before (OWASP device cookies).
/// SEC-14: a name without an account is slowed down exactly like one with an account.
/// </summary>
public sealed class DeviceCookieTests(SignInBudgetApp app) : IClassFixture<SignInBudgetApp>
{
    private const string DeviceCookieName = "__Host-d";

    private static Dictionary<string, string> Credentials(string name, string password) => new()
    {
        ["Form.UserName"] = name,
        ["Form.Password"] = password,
    };

    private static async Task<string> MainTextAsync(HttpResponseMessage response) =>
        (await response.ParseAsync()).QuerySelector("main")!.TextContent.Trim();

    /// <summary>Signs in, then out: the browser now only holds what outlives a session.</summary>
    private async Task<HttpClient> KnownBrowserOfAsync(TestUser user)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(user);
        var signOut = await browser.SubmitFormAsync("/account", new Dictionary<string, string>(), "form[action='/account/signout']");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        return browser;
    }

    private async Task<List<HttpResponseMessage>> GuessAsync(string name, int times)
    {
        var attacker = app.NewBrowser();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < times; i++)
        {
            answers.Add(await attacker.SubmitFormAsync("/account/signin", Credentials(name, "a wrong guess " + i)));
        }
        return answers;
    }

    private string DeviceCookieOf(HttpClient browser) =>
        app.CookiesOf(browser).GetCookies(new Uri("https://localhost/"))[DeviceCookieName]?.Value
        ?? throw new InvalidOperationException("No device cookie.");

    private HttpClient BrowserWithDeviceCookie(string value)
    {
        var browser = app.NewBrowser();
        app.CookiesOf(browser).Add(new Uri("https://localhost/"), new Cookie(DeviceCookieName, value, "/") { Secure = true, HttpOnly = true });
        return browser;
    }

    [Fact]
    public async Task SignIn_FromTheOwnersKnownBrowser_AfterFiftyWrongGuessesElsewhere_SucceedsAtOnce()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = organization.Member;
        var owner = await KnownBrowserOfAsync(member);

        var guesses = await GuessAsync(member.UserName, 50);
        Assert.Equal(HttpStatusCode.TooManyRequests, guesses[^1].StatusCode);

        var signIn = await owner.SubmitFormAsync("/account/signin", Credentials(member.UserName, CirclesApp.Password));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/home/member")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FromAnUnknownBrowser_AfterTenWrongGuesses_IsRefusedWithTheRightPassword_LikeANameWithoutAccount()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = organization.Member;
        var nobody = "nobody-" + Guid.NewGuid().ToString("N")[..8];
        await GuessAsync(member.UserName, 10);
        await GuessAsync(nobody, 10);

        var stranger = await app.NewBrowser().SubmitFormAsync("/account/signin", Credentials(member.UserName, CirclesApp.Password));
        var noAccount = await app.NewBrowser().SubmitFormAsync("/account/signin", Credentials(nobody, CirclesApp.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, stranger.StatusCode);
        // SEC-14: the same answer whether or not the name has an account.
        Assert.Equal(noAccount.StatusCode, stranger.StatusCode);
        Assert.Equal(await MainTextAsync(noAccount), await MainTextAsync(stranger));
    }

    [Fact]
    public async Task SignIn_UnknownBrowsersPause_EndsByItselfAfterFifteenMinutes()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = organization.Member;
        await GuessAsync(member.UserName, 10);
        Assert.Equal(HttpStatusCode.TooManyRequests,
            (await app.NewBrowser().SubmitFormAsync("/account/signin", Credentials(member.UserName, CirclesApp.Password))).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(15));

        var later = await app.NewBrowser().SubmitFormAsync("/account/signin", Credentials(member.UserName, CirclesApp.Password));
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithTheDeviceCookieOfAnotherAccount_GetsNoHelp()
    {
        var organization = await app.CreateOrganizationAsync();
        var browserOfA = await KnownBrowserOfAsync(organization.Member);
        var b = organization.PeerSupporter;
        await GuessAsync(b.UserName, 10);

        var asB = await browserOfA.SubmitFormAsync("/account/signin", Credentials(b.UserName, CirclesApp.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, asB.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithATamperedDeviceCookie_CountsAsAnUnknownBrowser()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = organization.Member;
        var genuine = DeviceCookieOf(await KnownBrowserOfAsync(member));
        var tampered = genuine[..^2] + (genuine[^2] == 'A' ? "B" : "A") + genuine[^1];
        await GuessAsync(member.UserName, 10);

        var withTampered = await BrowserWithDeviceCookie(tampered)
            .SubmitFormAsync("/account/signin", Credentials(member.UserName, CirclesApp.Password));
        var withGenuineCopy = await BrowserWithDeviceCookie(genuine)
            .SubmitFormAsync("/account/signin", Credentials(member.UserName, CirclesApp.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, withTampered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withGenuineCopy.StatusCode);
    }

    [Fact]
    public async Task SignIn_KnownBrowserGuessingWrong_SpendsOnlyItsOwnBudget()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = organization.Member;
        var known = await KnownBrowserOfAsync(member);
        for (var i = 0; i < 10; i++)
        {
            await known.SubmitFormAsync("/account/signin", Credentials(member.UserName, "a wrong guess " + i));
        }

        var knownAgain = await known.SubmitFormAsync("/account/signin", Credentials(member.UserName, CirclesApp.Password));
        var elsewhere = await app.NewBrowser().SubmitFormAsync("/account/signin", Credentials(member.UserName, CirclesApp.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, knownAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Fact]
    public async Task DeviceCookie_IsHostOnlySecureHttpOnlyStrictLongLived_Opaque_AndOutlivesSignOut()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = organization.Member;
        var browser = app.NewBrowser();

        var signIn = await browser.SignInAsync(member);

        var header = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(DeviceCookieName + "=", StringComparison.Ordinal));
        Assert.Contains("secure", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", header, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", header, StringComparison.OrdinalIgnoreCase);
        var value = DeviceCookieOf(browser);
        Assert.DoesNotContain(member.UserName, value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(member.Id.ToString("N"), value, StringComparison.OrdinalIgnoreCase);

        await browser.SubmitFormAsync("/account", new Dictionary<string, string>(), "form[action='/account/signout']");
        Assert.Equal(value, DeviceCookieOf(browser));
    }
}
