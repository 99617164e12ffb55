using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;

namespace Circles.IntegrationTests.Accounts;

[Collection(SharedApp.Name)]
public sealed class SignInTests(SharedCirclesApp app)
{
    [Theory]
    [InlineData(Roles.Coordinator, "/home/coordinator")]
    [InlineData(Roles.Facilitator, "/home/facilitator")]
    [InlineData(Roles.Member, "/home/member")]
    [InlineData(Roles.PeerSupporter, "/home/peer")]
    [InlineData(Roles.Volunteer, "/home/volunteer")]
    [InlineData(Roles.Partner, "/home/partner")]
    public async Task SignIn_AsEachRole_LandsOnThatRolesHome(string role, string home)
    {
        var organization = await app.CreateOrganizationAsync();
        var client = app.NewBrowser();

        var signedIn = await client.SignInAsync(organization.People[role]);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);

        var front = await client.GetAsync("/");
        Assert.Equal(home, front.Headers.Location?.OriginalString);
        var page = await client.GetAsync(home);
        Assert.True(page.StatusCode == HttpStatusCode.OK, string.Join("\n", app.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal))));
    }
}
