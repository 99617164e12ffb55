using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// SEC-10, SEC-11: a person adds a passkey on their account page, signs out, and signs in with
/// it, in Chromium with a virtual authenticator (a phone's screen lock, simulated through the
/// DevTools protocol). The server side is proven by the integration suite's PasskeyTests.
/// </summary>
public sealed class PasskeyTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    [Fact]
    public async Task AddPasskey_SignOut_SignInWithIt_AsNewMember_LandsOnHome()
    {
        var userName = await Server.CreateNewAccountAsync();
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        // A passkey belongs to a domain name; browsers refuse one for a bare IP address.
        var origin = Server.Origin.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

        await page.GotoAsync(origin + "/account/signin");
        await page.Locator("input[name='Form.UserName']").FillAsync(userName);
        await page.Locator("input[name='Form.Password']").FillAsync(CirclesServer.DemoPassword);
        await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }));
        await page.AcknowledgeSafetyIntroAsync();

        await page.GotoAsync(origin + "/account/passkeys");
        await page.GetByLabel("A name for this passkey").FillAsync("green test phone");
        var added = await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey", Exact = true }));
        Assert.True(added.Status == 302, await page.Locator("main").InnerTextAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The passkey was added.");
        await Expect(page.Locator("ul.passkeys")).ToContainTextAsync("green test phone");

        await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }));
        await page.GotoAsync(origin + "/account/signin");
        var signedIn = await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey", Exact = true }));

        Assert.Equal(302, signedIn.Status);
        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/home/member"));
        await Expect(page.Locator("[data-role-home='member']")).ToBeVisibleAsync();
    }
}
