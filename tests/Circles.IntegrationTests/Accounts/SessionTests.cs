using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;

namespace Circles.IntegrationTests.Accounts;

/// <summary>SEC-16: cookies, server-side sessions, idle and absolute time-outs, ending sessions.</summary>
public sealed class SessionTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    [Fact]
    public async Task SignIn_IssuesAHostOnlySecureHttpOnlyStrictSessionCookie_ThatDiesWithTheBrowser()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = app.NewBrowser();
        var signIn = await client.SubmitFormAsync("/account/signin", new Dictionary<string, string>
        {
            ["Form.UserName"] = organization.Member.UserName,
            ["Form.Password"] = CirclesApp.Password,
        });

        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-circles" + "=", StringComparison.Ordinal));
        Assert.StartsWith("__Host-", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("max-age=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_Twice_OpensTwoDistinctSessions()
    {
        var organization = await app.CreateOrganizationAsync();
        var phone = await app.SignedInAsync(organization.Member);
        var laptop = await app.SignedInAsync(organization.Member);

        var sessions = await (await phone.GetAsync("/account/sessions")).ParseAsync();

        Assert.Equal(2, sessions.QuerySelectorAll("main li.card").Length);
        Assert.NotEqual(SessionCookie.Read(phone, app), SessionCookie.Read(laptop, app));
    }

    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_SoACopiedCookieFails()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Member);
        var copied = SessionCookie.Read(client, app);

        var signOut = await client.SubmitFormAsync("/account", new Dictionary<string, string>(), "form[action='/account/signout']");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var replay = await SessionCookie.ClientWith(app, copied).GetAsync("/home/member");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("https://localhost/account/signin", replay.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndSession_FromAnotherDevice_SignsThatDeviceOut()
    {
        var organization = await app.CreateOrganizationAsync();
        var phone = await app.SignedInAsync(organization.Member);
        var stolen = await app.SignedInAsync(organization.Member);

        var sessions = await (await phone.GetAsync("/account/sessions")).ParseAsync();
        var otherDevice = sessions.QuerySelector("main li.card[data-this-device='false'] form");
        Assert.True(otherDevice is not null, sessions.QuerySelector("main")!.InnerHtml);
        var ended = await phone.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)otherDevice, "/account/sessions", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await stolen.GetAsync("/home/member")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/home/member")).StatusCode);
    }

    [Fact]
    public async Task Member_IdleLongerThanTheOrganizationAllows_IsSignedOut()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        app.Clock.Advance(TimeSpan.FromMinutes(16)); // members: 15 minutes by default; staff: 30

        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/home/member")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.GetAsync("/home/facilitator")).StatusCode);
    }

    [Fact]
    public async Task Member_ActiveWithinTheIdleLimit_StaysSignedIn()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        for (var i = 0; i < 4; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(10));
            Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/home/member")).StatusCode);
        }
    }

    [Fact]
    public async Task Staff_IdleLongerThanTheOrganizationAllows_IsSignedOut()
    {
        var organization = await app.CreateOrganizationAsync();
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        app.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.GetAsync("/home/facilitator")).StatusCode);
    }

    [Fact]
    public async Task Session_PastItsAbsoluteLifetime_EndsEvenWhenActive()
    {
        var organization = await app.CreateOrganizationAsync();
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        for (var hour = 0; hour < 12; hour++)
        {
            for (var step = 0; step < 3; step++)
            {
                app.Clock.Advance(TimeSpan.FromMinutes(20));
                await facilitator.GetAsync("/home/facilitator");
            }
        }
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.GetAsync("/home/facilitator")).StatusCode);
    }

    [Fact]
    public async Task PasswordChange_SignsOutOtherDevicesButNotThisOne()
    {
        var organization = await app.CreateOrganizationAsync();
        var user = await app.AddUserAsync(organization.Id, Roles.Member);
        var phone = await app.SignedInAsync(user);
        var other = await app.SignedInAsync(user);

        var changed = await phone.SubmitFormAsync("/account/password", new Dictionary<string, string>
        {
            ["Form.CurrentPassword"] = CirclesApp.Password,
            ["Form.NewPassword"] = "river stones and quiet mornings",
            ["Form.ConfirmPassword"] = "river stones and quiet mornings",
        });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/home/member")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/home/member")).StatusCode);
    }
}
