using System.Net;
using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Accounts;

[Collection(SharedApp.Name)]
public sealed class ReturnAddressTests(SharedCirclesApp app)
{
    /// <summary>Issue 14, hole 3: a tab or newline in the return address neither leaves the site nor breaks the page.</summary>
    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/%0A/evil.example")]
    [InlineData("/%0D%0ASet-Cookie:%20x=1")]
    [InlineData("/%5Cevil.example")]
    public async Task SignIn_WhenSignedInWithAReturnAddressThatLeavesTheSite_GoesHome(string returnUrl)
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Member);

        var response = await client.GetAsync("/account/signin?returnUrl=" + returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("x=", StringComparison.Ordinal)));
    }
}
