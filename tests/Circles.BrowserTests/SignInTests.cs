using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>Each role signs in on a phone and lands on its own home.</summary>
public sealed class SignInTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    [Theory]
    [InlineData("coordinator")]
    [InlineData("facilitator")]
    [InlineData("member")]
    [InlineData("peer")]
    [InlineData("volunteer")]
    [InlineData("partner")]
    public async Task SignIn_AsEachRole_LandsOnRoleHome(string role)
    {
        var account = DemoAccounts.ForRole(role);
        var page = await NewPageAsync();

        await page.SignInToHomeAsync(account);

        await Expect(page).ToHaveURLAsync(Journeys.PathPattern(account.HomePath));
        await Expect(page.Locator("[data-role-home]")).ToHaveAttributeAsync("data-role-home", role);
        // The front door sends a signed-in person to the same home.
        await page.OpenAsync("/");
        await Expect(page).ToHaveURLAsync(Journeys.PathPattern(account.HomePath));
        await Expect(page.Locator("[data-role-home]")).ToHaveAttributeAsync("data-role-home", role);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_AsMember_StaysOnSignInWithMessage()
    {
        var page = await NewPageAsync();
        await page.OpenAsync("/account/signin");
        await page.Locator("input[name='Form.UserName']").FillAsync(DemoAccounts.Member.UserName);
        await page.Locator("input[name='Form.Password']").FillAsync("not the right password at all");

        var answer = await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }));

        Assert.Equal(200, answer.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("We could not sign you in");
        await Expect(page.Locator("[data-role-home]")).ToHaveCountAsync(0);
        await Expect(page.Locator("input[name='Form.Password']")).ToHaveValueAsync("");
    }
}
