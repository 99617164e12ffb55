using System.Net;
using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Accounts;

/// <summary>SEC-13 and SEC-14: guessing is slowed, and nothing tells a stranger who has an account.</summary>
[Collection(SharedApp.Name)]
public sealed class SignInProtectionTests(SharedCirclesApp app)
{
    private static Dictionary<string, string> Credentials(string name, string password) => new()
    {
        ["Form.UserName"] = name,
        ["Form.Password"] = password,
    };

    private static async Task<string> MainTextAsync(HttpResponseMessage response) =>
        (await response.ParseAsync()).QuerySelector("main")!.TextContent.Trim();

    [Fact]
    public async Task SignIn_UnknownNameOrWrongPassword_AnswersExactlyTheSame()
    {
        var organization = await app.CreateOrganizationAsync();

        var unknown = await app.NewBrowser().SubmitFormAsync("/account/signin", Credentials("nobody-" + Guid.NewGuid().ToString("N")[..6], "whatever password 1"));
        var wrong = await app.NewBrowser().SubmitFormAsync("/account/signin", Credentials(organization.Member.UserName, "whatever password 1"));

        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Equal(await MainTextAsync(unknown), await MainTextAsync(wrong));
    }

    [Fact]
    public async Task StaffSignIn_RequiresTheAuthenticatorCode()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = app.NewBrowser();

        var firstStep = await client.SubmitFormAsync("/account/signin", Credentials(organization.Coordinator.UserName, CirclesApp.Password));
        Assert.StartsWith("/account/signin/two-factor", firstStep.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/home/coordinator")).StatusCode);

        var wrongCode = await client.SubmitFormAsync(firstStep.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.Equal(HttpStatusCode.OK, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/home/coordinator")).StatusCode);

        var code = Totp.Code(organization.Coordinator.AuthenticatorKey!, TimeProvider.System.GetUtcNow());
        var secondStep = await client.SubmitFormAsync(firstStep.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, secondStep.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/home/coordinator")).StatusCode);
    }
}

/// <summary>SEC-13: per-address and per-account limits answer 429.</summary>
public sealed class StrictRateLimitApp : CirclesApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:AuthPerIpPerMinute"] = "5",
    };
}

public sealed class RateLimitTests(StrictRateLimitApp app) : IClassFixture<StrictRateLimitApp>
{
    [Fact]
    public async Task SignIn_ManyAttemptsFromOneAddress_Answers429()
    {
        var client = app.NewBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            var response = await client.SubmitFormAsync("/account/signin", new Dictionary<string, string>
            {
                ["Form.UserName"] = "someone",
                ["Form.Password"] = "a wrong password " + i,
            });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}

public sealed class StrictAccountLimitApp : CirclesApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:SignInPerAccountPer15Minutes"] = "3",
    };
}

public sealed class AccountRateLimitTests(StrictAccountLimitApp app) : IClassFixture<StrictAccountLimitApp>
{
    [Fact]
    public async Task SignIn_ManyAttemptsAtOneAccountFromManyBrowsers_Answers429()
    {
        var organization = await app.CreateOrganizationAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await app.NewBrowser().SubmitFormAsync("/account/signin", new Dictionary<string, string>
            {
                ["Form.UserName"] = organization.Member.UserName,
                ["Form.Password"] = "a wrong password " + i,
            });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        // Another account is not affected.
        var other = await app.NewBrowser().SubmitFormAsync("/account/signin", new Dictionary<string, string>
        {
            ["Form.UserName"] = organization.Volunteer.UserName,
            ["Form.Password"] = CirclesApp.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }
}
