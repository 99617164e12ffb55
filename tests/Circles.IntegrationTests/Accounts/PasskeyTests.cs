using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Accounts;

/// <summary>
/// Passkeys on the server (SEC-10, SEC-11, SEC-17, SEC-22): their options need anti-forgery,
/// a person sees and removes only their own, and for staff a passkey is the second step. The
/// browser side, adding one and signing in with it: BrowserTests' PasskeyTests.
/// </summary>
public sealed class PasskeyTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private async Task GivePasskeyAsync(TestUser person, SoftPasskey passkey, string name, bool withoutAuthenticator = false)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
        var user = (await users.FindByIdAsync(person.Id.ToString()))!;
        await users.AddOrUpdatePasskeyAsync(user, passkey.Stored(name, app.Clock.GetUtcNow()));
        if (withoutAuthenticator)
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
        }
    }

    /// <summary>What passkeys.js does: ask for the challenge with the form's token, answer it, post the answer.</summary>
    private static async Task<HttpResponseMessage> UsePasskeyAsync(HttpClient client, string pageUrl, SoftPasskey passkey, Guid userId)
    {
        var document = await (await client.GetAsync(pageUrl)).ParseAsync();
        var form = (IHtmlFormElement)document.QuerySelector("form[data-passkey='request']")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name='__RequestVerificationToken']")!).Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("data-options-url"));
        request.Headers.Add("RequestVerificationToken", token);
        var options = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        return await client.SubmitAsync(form, pageUrl,
            new Dictionary<string, string> { ["CredentialJson"] = passkey.Answer(await options.Content.ReadAsStringAsync(), userId) });
    }

    [Fact]
    public async Task PasskeySignIn_AsCoordinatorWithAPasskeyAndNoAuthenticatorApp_ReachesStaffPages()
    {
        var organization = await app.CreateOrganizationAsync();
        using var passkey = new SoftPasskey();
        await GivePasskeyAsync(organization.Coordinator, passkey, "work phone", withoutAuthenticator: true);
        var client = app.NewBrowser();

        var signedIn = await UsePasskeyAsync(client, "/account/signin", passkey, organization.Coordinator.Id);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people")).StatusCode);
    }

    [Fact]
    public async Task PasswordSignIn_AsCoordinatorWhoseSecondFactorIsAPasskey_ReachesNoMemberData_UntilThePasskeyConfirmsIt()
    {
        var organization = await app.CreateOrganizationAsync();
        using var passkey = new SoftPasskey();
        await GivePasskeyAsync(organization.Coordinator, passkey, "work phone", withoutAuthenticator: true);
        var client = await app.SignedInAsync(organization.Coordinator with { AuthenticatorKey = null });

        var refused = await client.GetAsync("/people");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/two-factor", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var confirmed = await UsePasskeyAsync(client, "/account/confirm?returnUrl=%2Fpeople", passkey, organization.Coordinator.Id);
        Assert.Equal("/people", confirmed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people")).StatusCode);
    }

    [Fact]
    public async Task PasskeySignIn_WithAnAnswerSignedByAnotherKey_Fails()
    {
        var organization = await app.CreateOrganizationAsync();
        using var passkey = new SoftPasskey();
        await GivePasskeyAsync(organization.Member, passkey, "phone");
        using var impostor = new SoftPasskey();
        var client = app.NewBrowser();

        var document = await (await client.GetAsync("/account/signin")).ParseAsync();
        var form = (IHtmlFormElement)document.QuerySelector("form[data-passkey='request']")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name='__RequestVerificationToken']")!).Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("data-options-url"));
        request.Headers.Add("RequestVerificationToken", token);
        var options = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        // The impostor answers under the real passkey's id, with its own key.
        var forged = impostor.Answer(options, organization.Member.Id).Replace(impostor.Id, passkey.Id, StringComparison.Ordinal);
        var response = await client.SubmitAsync(form, "/account/signin", new Dictionary<string, string> { ["CredentialJson"] = forged });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("could not sign you in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task PasskeyOptions_WithoutTheAntiForgeryToken_OrSignedOut_AreRefused_SEC22()
    {
        var client = app.NewBrowser();
        await client.GetAsync("/account/signin"); // holds the anti-forgery cookie, but sends no token

        var signInOptions = await client.PostAsync("/account/signin/passkey?handler=Options", null);
        Assert.Equal(HttpStatusCode.BadRequest, signInOptions.StatusCode);

        var creationOptions = await app.NewBrowser().PostAsync("/account/passkeys?handler=CreationOptions", null);
        Assert.NotEqual(HttpStatusCode.OK, creationOptions.StatusCode);
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        Assert.Equal(HttpStatusCode.BadRequest, (await member.PostAsync("/account/passkeys?handler=CreationOptions", null)).StatusCode);
    }

    [Fact]
    public async Task Passkeys_AsMember_ListsOnlyTheirOwn_AnotherPersonsIdIsNotFound_OwnIsRemoved()
    {
        var organization = await app.CreateOrganizationAsync();
        using var mine = new SoftPasskey();
        using var theirs = new SoftPasskey();
        await GivePasskeyAsync(organization.Member, mine, "blue pocket phone");
        await GivePasskeyAsync(organization.PeerSupporter, theirs, "their laptop");
        // With a passkey, changing passkeys needs it given recently: signing in with it does.
        var client = app.NewBrowser();
        await UsePasskeyAsync(client, "/account/signin", mine, organization.Member.Id);

        var page = await client.GetAsync("/account/passkeys");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("blue pocket phone", html, StringComparison.Ordinal);
        Assert.DoesNotContain("their laptop", html, StringComparison.Ordinal);

        var other = await client.SubmitFormAsync("/account/passkeys", new Dictionary<string, string> { ["id"] = theirs.Id }, "form[action*='handler=Remove']");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);

        var own = await client.SubmitFormAsync("/account/passkeys", new Dictionary<string, string> { ["id"] = mine.Id }, "form[action*='handler=Remove']");
        Assert.Equal("/account/passkeys?done=removed", own.Headers.Location?.OriginalString);
        Assert.DoesNotContain("blue pocket phone", await (await client.GetAsync("/account/passkeys")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
        var peer = (await users.FindByIdAsync(organization.PeerSupporter.Id.ToString()))!;
        Assert.NotNull(await users.GetPasskeyAsync(peer, theirs.CredentialId));
    }

    [Fact]
    public async Task RemovePasskey_FiveMinutesAfterSignIn_AsksToConfirmFirst_SEC17()
    {
        var organization = await app.CreateOrganizationAsync();
        using var mine = new SoftPasskey();
        await GivePasskeyAsync(organization.Member, mine, "blue pocket phone");
        var client = await app.SignedInAsync(organization.Member);
        app.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        var page = await (await client.GetAsync("/account/passkeys")).ParseAsync();
        Assert.Null(page.QuerySelector("form[data-passkey='create']"));
        var removal = await client.SubmitFormAsync("/account/passkeys", new Dictionary<string, string> { ["id"] = mine.Id }, "form[action*='handler=Remove']");

        Assert.Equal(HttpStatusCode.Redirect, removal.StatusCode);
        Assert.Equal("/account/confirm?returnUrl=%2Faccount%2Fpasskeys", removal.Headers.Location?.OriginalString);
        Assert.Contains("blue pocket phone", await (await client.GetAsync("/account/passkeys")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
