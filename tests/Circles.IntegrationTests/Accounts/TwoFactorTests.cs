using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Accounts;

/// <summary>SEC-10: staff enrol two-factor sign-in before they reach member data.</summary>
[Collection(SharedApp.Name)]
public sealed class TwoFactorTests(SharedCirclesApp app)
{
    /// <summary>A staff account that has not enrolled yet, signed in with its password.</summary>
    private async Task<(HttpClient Client, TestUser User)> UnenrolledAsync(string role)
    {
        var organization = await app.CreateOrganizationAsync();
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
            var staff = await users.FindByIdAsync(organization.People[role].Id.ToString());
            await users.SetTwoFactorEnabledAsync(staff!, false);
            await users.RemoveAuthenticationTokenAsync(staff!, "[AspNetUserStore]", "AuthenticatorKey");
        }
        var user = organization.People[role] with { AuthenticatorKey = null };
        var client = app.NewBrowser();
        await client.SignInAsync(user);
        return (client, user);
    }

    [Theory]
    [InlineData(Roles.Coordinator, "/people")]
    [InlineData(Roles.Coordinator, "/home/coordinator")]
    [InlineData(Roles.Facilitator, "/home/facilitator")]
    [InlineData(Roles.Partner, "/home/partner")]
    public async Task StaffPage_AsStaffWithoutTwoFactor_SendsToEnrolment(string role, string page)
    {
        var (client, _) = await UnenrolledAsync(role);

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/two-factor", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enrolment_WithAuthenticatorCode_UnlocksStaffPagesAndShowsRecoveryCodesOnce()
    {
        var (client, user) = await UnenrolledAsync(Roles.Coordinator);

        var started = await client.SubmitFormAsync("/account/two-factor", new Dictionary<string, string>(), "form[action*='handler=Start']");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var setup = await (await client.GetAsync("/account/two-factor")).ParseAsync();
        var key = setup.QuerySelector(".secret")!.TextContent.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

        var wrong = await client.SubmitFormAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = "123456" }, "form[action*='handler=Confirm']");
        Assert.Contains("did not match", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var confirmed = await client.SubmitFormAsync("/account/two-factor",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, TimeProvider.System.GetUtcNow()) },
            "form[action*='handler=Confirm']");
        var codes = (await confirmed.ParseAsync()).QuerySelectorAll("ul.secret li");
        Assert.Equal(10, codes.Length);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people")).StatusCode);
        var again = await (await client.GetAsync("/account/two-factor")).ParseAsync();
        Assert.Empty(again.QuerySelectorAll("ul.secret li"));

        // A recovery code signs in once, in place of the app's code.
        var fresh = app.NewBrowser();
        var firstStep = await fresh.SubmitFormAsync("/account/signin", new Dictionary<string, string>
        {
            ["Form.UserName"] = user.UserName,
            ["Form.Password"] = CirclesApp.Password,
        });
        var recovered = await fresh.SubmitFormAsync(firstStep.Headers.Location!.OriginalString,
            new Dictionary<string, string> { ["Code"] = codes[0].TextContent.Trim() });
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/people")).StatusCode);
    }

    [Fact]
    public async Task MemberPage_AsMemberWithoutTwoFactor_IsNotBlocked()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Member);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/home/member")).StatusCode);
    }
}

/// <summary>Demo mode: the six demo accounts exist, and staff are asked, not forced, to enrol.</summary>
public sealed class DemoApp : CirclesApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "true",
        ["Demo:Password"] = "demo password for tests",
    };
}

public sealed class DemoModeTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData("demo-coordinator", "/home/coordinator")]
    [InlineData("demo-facilitator", "/home/facilitator")]
    [InlineData("demo-member", "/home/member")]
    [InlineData("demo-peer", "/home/peer")]
    [InlineData("demo-volunteer", "/home/volunteer")]
    [InlineData("demo-partner", "/home/partner")]
    public async Task DemoAccount_SignsInWithTheDemoPassword_AndReachesItsHome(string userName, string home)
    {
        var client = app.NewBrowser();
        var signedIn = await client.SubmitFormAsync("/account/signin", new Dictionary<string, string>
        {
            ["Form.UserName"] = userName,
            ["Form.Password"] = "demo password for tests",
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        await client.SubmitFormAsync("/account/welcome", new Dictionary<string, string>());

        var page = await client.GetAsync(home);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("This is a demo", html, StringComparison.Ordinal);
        if (home is "/home/coordinator" or "/home/facilitator" or "/home/partner")
        {
            Assert.Contains("set up two-step sign-in", html, StringComparison.OrdinalIgnoreCase);
        }
    }
}
