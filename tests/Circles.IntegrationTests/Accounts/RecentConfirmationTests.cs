using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Accounts;

/// <summary>
/// SEC-17 (issue 14, hole 6): new recovery codes, a new authenticator key, the trusted-partner
/// directory export and "My data" need the person's strongest factor given in the last five
/// minutes: signing in counts, "Confirm it is you" (/account/confirm) renews it, and a wrong
/// password or code does not. Adding and removing passkeys: PasskeyTests.
/// </summary>
public sealed class RecentConfirmationTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private static readonly TimeSpan PastTheWindow = TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1);

    private static Dictionary<string, string> NoValues => [];

    private static string Now(TestUser user) => Totp.Code(user.AuthenticatorKey!, TimeProvider.System.GetUtcNow());

    private static void AssertSentToConfirm(HttpResponseMessage response, string returnTo)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/confirm?returnUrl=" + Uri.EscapeDataString(returnTo), response.Headers.Location?.OriginalString);
    }

    private static Task<HttpResponseMessage> RenewRecoveryCodesAsync(HttpClient client) =>
        client.SubmitFormAsync("/account/two-factor", NoValues, "form[action*='handler=RecoveryCodes']");

    private static Task<HttpResponseMessage> TrustedExportAsync(HttpClient client) =>
        client.SubmitFormAsync("/directory/data", new Dictionary<string, string> { ["Trusted.Reason"] = "Shelter partner" },
            "form[action*='handler=TrustedExport']");

    private static Task<HttpResponseMessage> MyDataAsync(HttpClient client) =>
        client.SubmitFormAsync("/account/data", new Dictionary<string, string> { ["Form.Password"] = CirclesApp.Password, ["Form.Format"] = "json" });

    private static Task<HttpResponseMessage> ConfirmWithCodeAsync(HttpClient client, string returnTo, string code) =>
        client.SubmitFormAsync("/account/confirm?returnUrl=" + Uri.EscapeDataString(returnTo), new Dictionary<string, string> { ["Code"] = code },
            "form[action*='handler=Code']");

    [Fact]
    public async Task NewRecoveryCodes_AsCoordinator_JustAfterSignIn_AreMade_FiveMinutesLater_AskToConfirmFirst()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);

        var justAfter = await RenewRecoveryCodesAsync(client);
        Assert.Equal(10, (await justAfter.ParseAsync()).QuerySelectorAll("ul.secret li").Length);

        app.Clock.Advance(PastTheWindow);
        AssertSentToConfirm(await RenewRecoveryCodesAsync(client), "/account/two-factor");

        var wrong = await ConfirmWithCodeAsync(client, "/account/two-factor", "000000");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("did not work", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertSentToConfirm(await RenewRecoveryCodesAsync(client), "/account/two-factor");

        var confirmed = await ConfirmWithCodeAsync(client, "/account/two-factor", Now(organization.Coordinator));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/account/two-factor", confirmed.Headers.Location?.OriginalString);
        Assert.Equal(10, (await (await RenewRecoveryCodesAsync(client)).ParseAsync()).QuerySelectorAll("ul.secret li").Length);

        app.Clock.Advance(PastTheWindow);
        AssertSentToConfirm(await RenewRecoveryCodesAsync(client), "/account/two-factor");
    }

    [Fact]
    public async Task NewAuthenticatorKey_AsMemberWithoutSecondFactor_FiveMinutesAfterSignIn_NeedsThePasswordAgain_AWrongOneDoesNotCount()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Member);
        var start = () => client.SubmitFormAsync("/account/two-factor", NoValues, "form[action*='handler=Start']");

        app.Clock.Advance(PastTheWindow);
        AssertSentToConfirm(await start(), "/account/two-factor");

        var page = await (await client.GetAsync("/account/confirm?returnUrl=%2Faccount%2Ftwo-factor")).ParseAsync();
        Assert.NotNull(page.QuerySelector("input[name='Password']"));
        Assert.Null(page.QuerySelector("input[name='Code']"));

        var wrong = await client.SubmitFormAsync("/account/confirm?returnUrl=%2Faccount%2Ftwo-factor",
            new Dictionary<string, string> { ["Password"] = "not the password at all" }, "form[action*='handler=Password']");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertSentToConfirm(await start(), "/account/two-factor");

        var confirmed = await client.SubmitFormAsync("/account/confirm?returnUrl=%2Faccount%2Ftwo-factor",
            new Dictionary<string, string> { ["Password"] = CirclesApp.Password }, "form[action*='handler=Password']");
        Assert.Equal("/account/two-factor", confirmed.Headers.Location?.OriginalString);
        Assert.StartsWith("/account/two-factor?", (await start()).Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrustedExport_AsCoordinator_NeedsAFreshSecondFactor_ThePasswordDoesNotSuffice()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);

        var justAfter = await TrustedExportAsync(client);
        Assert.Equal(HttpStatusCode.OK, justAfter.StatusCode);
        Assert.NotNull(justAfter.Content.Headers.ContentDisposition);

        app.Clock.Advance(PastTheWindow);
        AssertSentToConfirm(await TrustedExportAsync(client), "/directory/data");

        // Someone with a second factor is not offered the password, and a password sent anyway confirms nothing.
        var page = await client.GetAsync("/account/confirm?returnUrl=%2Fdirectory%2Fdata");
        var document = await page.ParseAsync();
        Assert.Null(document.QuerySelector("input[name='Password']"));
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)document.QuerySelector("form[action*='handler=Code']")!;
        form.SetAttribute("action", "/account/confirm?handler=Password&returnUrl=%2Fdirectory%2Fdata");
        var password = await client.SubmitAsync(form, "/account/confirm", new Dictionary<string, string> { ["Password"] = CirclesApp.Password });
        Assert.Equal(HttpStatusCode.OK, password.StatusCode);
        AssertSentToConfirm(await TrustedExportAsync(client), "/directory/data");

        var confirmed = await ConfirmWithCodeAsync(client, "/directory/data", Now(organization.Coordinator));
        Assert.Equal("/directory/data", confirmed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await TrustedExportAsync(client)).StatusCode);

        app.Clock.Advance(PastTheWindow);
        AssertSentToConfirm(await TrustedExportAsync(client), "/directory/data");
    }

    [Fact]
    public async Task MyData_AsPersonWithAuthenticator_NeedsAFreshSecondFactor_NotOnlyThePasswordInTheForm()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);

        Assert.Equal(HttpStatusCode.OK, (await MyDataAsync(client)).StatusCode);

        app.Clock.Advance(PastTheWindow);
        AssertSentToConfirm(await MyDataAsync(client), "/account/data");

        await ConfirmWithCodeAsync(client, "/account/data", Now(organization.Coordinator));
        var download = await MyDataAsync(client);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);

        app.Clock.Advance(PastTheWindow);
        AssertSentToConfirm(await MyDataAsync(client), "/account/data");
    }

    [Fact]
    public async Task MyData_AsMemberWithoutSecondFactor_ThePasswordTypedInTheFormIsTheConfirmation()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Member);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await client.GetAsync("/account"); // stays active: members are signed out after 15 idle minutes

        var download = await MyDataAsync(client);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Confirm_ReturnAddressOffThisSite_GoesHome()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Member);

        var confirmed = await client.SubmitFormAsync("/account/confirm?returnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Password"] = CirclesApp.Password }, "form[action*='handler=Password']");

        Assert.Equal("/", confirmed.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Confirm_WrongCodeFiveTimes_PausesTheAccountLikeSignIn()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);
        for (var i = 0; i < 5; i++)
        {
            await ConfirmWithCodeAsync(client, "/", "000000");
        }

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByIdAsync(organization.Coordinator.Id.ToString()))!));
        var refused = await ConfirmWithCodeAsync(client, "/", Now(organization.Coordinator));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Too many tries", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
