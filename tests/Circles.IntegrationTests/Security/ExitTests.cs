using System.Net;
using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Security;

/// <summary>SEC-2: quick exit signs out for real and leaves nothing for the browser to show again.</summary>
[Collection(SharedApp.Name)]
public sealed class ExitTests(SharedCirclesApp app)
{
    [Fact]
    public async Task Exit_AsMember_SignsOutClearsSiteDataAndGoesToTheNeutralSite()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Member);

        var response = await client.GetAsync("/exit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https://neutral.example/weather", response.Headers.Location?.ToString());
        Assert.Equal("\"cache\", \"cookies\", \"storage\"", Assert.Single(response.Headers.GetValues("Clear-Site-Data")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task CookieCopiedBeforeExit_AfterExit_NoLongerWorks()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Member);
        var cookie = SessionCookie.Read(client, app);

        await client.GetAsync("/exit");

        var replay = SessionCookie.ClientWith(app, cookie);
        var response = await replay.GetAsync("/home/member");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/signin", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exit_AsAnonymous_StillLeavesForTheDefaultNeutralSite()
    {
        var response = await app.NewBrowser().GetAsync("/exit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
