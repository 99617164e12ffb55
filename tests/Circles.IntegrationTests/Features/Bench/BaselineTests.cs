using System.Net;
using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Features.Bench;

/// <summary>
/// The load harness's baseline page (bench/README.md) exists only where Bench:Baseline is set:
/// a real deployment answers 404, and even when on it asks for a signed-in person like every page.
/// </summary>
public sealed class BaselineTests(CirclesApp app, BaselineTests.BaselineApp baselineApp)
    : IClassFixture<CirclesApp>, IClassFixture<BaselineTests.BaselineApp>
{
    public sealed class BaselineApp : CirclesApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Bench:Baseline"] = "true" };
    }

    [Fact]
    public async Task Baseline_ByDefault_IsNotFound_EvenSignedIn()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var response = await member.GetAsync("/bench/baseline");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Baseline_WhenTurnedOn_AnswersTheSignedInPerson_AndSendsStrangersToSignIn()
    {
        var organization = await baselineApp.CreateOrganizationAsync();
        var member = await baselineApp.SignedInAsync(organization.Member);

        var page = await member.GetAsync("/bench/baseline");
        var stranger = await baselineApp.NewBrowser().GetAsync("/bench/baseline");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(organization.Member.UserName, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, stranger.StatusCode);
        Assert.Equal("/account/signin", stranger.Headers.Location?.AbsolutePath);
    }
}
