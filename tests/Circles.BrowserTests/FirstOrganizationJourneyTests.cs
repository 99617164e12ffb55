using System.Text.RegularExpressions;
using Circles.BrowserTests.Infrastructure;
using Circles.Web.Features.Organizations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// A charity starts for real (issue 14): the operator runs <c>organization create</c> on an
/// installation without demo data, hands the printed link to the first coordinator, who joins
/// with a name and a password, sets up two-step sign-in and reaches the coordinator's home.
/// </summary>
public sealed partial class FirstOrganizationJourneyTests(RealCharityServer server)
    : BrowserTest(server), IClassFixture<RealCharityServer>
{
    private const string Password = "a long first coordinator password 7";

    [Fact]
    public async Task OrganizationCreate_PrintedLink_FirstCoordinatorJoinsEnrolsTwoStepAndReachesHome()
    {
        using var output = new StringWriter();
        var exit = await OrganizationCommand.RunAsync(["organization", "create", "--slug", "hillside", "--name", "Hillside Network"], server.Services, output);
        Assert.True(exit == 0, output.ToString());
        var link = LinkLine().Match(output.ToString()).Groups[1].Value;
        Assert.StartsWith(server.PublicUrl + "/join/", link, StringComparison.Ordinal);

        var page = await NewPageAsync();
        await page.GotoAsync(link);
        await Expect(page.Locator("input[name='Form.Code']")).ToHaveCountAsync(0);
        await page.AssertNoSeriousViolationsAsync();
        await page.Locator("input[name='Form.Pseudonym']").FillAsync("Amira H");
        await page.Locator("input[name='Form.Password']").FillAsync(Password);
        await page.Locator("input[name='Form.ConfirmPassword']").FillAsync(Password);
        await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }));

        await page.AcknowledgeSafetyIntroAsync();
        // Staff see nobody's information before two-step sign-in is on (SEC-10).
        await Expect(page).ToHaveURLAsync(new Regex("/account/two-factor"));
        await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Set up two-step sign-in" }));
        var key = (await page.Locator("p.secret").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.Locator("input[name='Code']").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }));
        await page.GetByRole(AriaRole.Link, new() { Name = "I have saved them, continue" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/home/coordinator"));
        await Expect(page.Locator("[data-role-home='coordinator']")).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"link: (\S+)")]
    private static partial Regex LinkLine();
}
