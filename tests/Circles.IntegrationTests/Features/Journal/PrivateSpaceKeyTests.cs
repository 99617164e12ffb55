using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Journal;

/// <summary>
/// The journal key travels only in a cookie bound to one session (SEC-20): it opens at sign-in,
/// follows a password change, stays with the earlier password after a reset (recover or start again),
/// and a copied key cookie opens nothing in another session.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PrivateSpaceKeyTests(SharedCirclesApp app)
{
    private const string NewPassword = "a brand new walking path";
    private const string LaterPassword = "yet another quiet river";

    private static Cookie KeyCookie(CirclesApp app, HttpClient client) =>
        app.CookiesOf(client).GetCookies(new Uri("https://localhost/")).Single(cookie => cookie.Name.EndsWith("pk", StringComparison.Ordinal));

    [Fact]
    public async Task KeyCookie_OpensInEachOwnSession_ButNotCopiedIntoAnother()
    {
        var organization = await app.CreateOrganizationAsync();
        var phone = await app.SignedInAsync(organization.Member);
        var canary = JournalSteps.Canary();
        var id = await phone.WriteAsync(canary);

        // A second sign-in (another session) opens the same key.
        var laptop = await app.SignedInAsync(organization.Member);
        Assert.Contains(canary, await laptop.MainTextAsync($"/journal/{id}"), StringComparison.Ordinal);

        // The phone's key cookie, copied into the laptop's session, opens nothing: it is bound to its session.
        var copied = KeyCookie(app, phone);
        app.CookiesOf(laptop).Add(new Uri("https://localhost/"), new Cookie(copied.Name, copied.Value, "/") { Secure = true });
        Assert.Equal(copied.Value, KeyCookie(app, laptop).Value);
        var replay = await laptop.GetAsync($"/journal/{id}");
        Assert.True(JournalSteps.IsUnlockRedirect(replay), $"{replay.StatusCode} {replay.Headers.Location}");
        Assert.DoesNotContain(canary, await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // After signing out, signing in again is needed, and then it opens.
        var signOut = await phone.SubmitFormAsync("/account", new Dictionary<string, string>(), "form[action='/account/signout']");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.DoesNotContain(app.CookiesOf(phone).GetCookies(new Uri("https://localhost/")), cookie => cookie.Name.EndsWith("pk", StringComparison.Ordinal) && cookie.Value.Length > 0);
        await phone.SignInAsync(organization.Member);
        Assert.Contains(canary, await phone.MainTextAsync($"/journal/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyCookieLost_JournalAsksForThePasswordOnce_WrongPasswordIsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Member);
        var canary = JournalSteps.Canary();
        var id = await client.WriteAsync(canary);
        var jar = app.CookiesOf(client);
        KeyCookie(app, client).Expired = true;

        var closed = await client.GetAsync($"/journal/{id}");
        Assert.True(JournalSteps.IsUnlockRedirect(closed), $"{closed.StatusCode} {closed.Headers.Location}");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/journal")).StatusCode);
        Assert.NotNull((await client.GetPageAsync("/my-space")).Document.QuerySelector("[data-private-space='closed']"));

        var wrong = await client.UnlockAsync("not my password at all", $"/journal/{id}");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var wrongPage = await wrong.ParseAsync();
        Assert.Contains("That password is not right.", wrongPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.All(wrongPage.QuerySelectorAll("input[type=password]"), input => Assert.True(string.IsNullOrEmpty(input.GetAttribute("value"))));

        var right = await client.UnlockAsync(CirclesApp.Password, $"/journal/{id}");
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal($"/journal/{id}", right.Headers.Location!.OriginalString);
        Assert.Contains(canary, await client.MainTextAsync($"/journal/{id}"), StringComparison.Ordinal);
        _ = jar;
    }

    [Fact]
    public async Task PasswordChange_KeepsOldEntriesReadable()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var client = await app.SignedInAsync(member);
        var canary = JournalSteps.Canary();
        var id = await client.WriteAsync(canary);

        var change = await client.SubmitFormAsync("/account/password", new Dictionary<string, string>
        {
            ["Form.CurrentPassword"] = CirclesApp.Password,
            ["Form.NewPassword"] = NewPassword,
            ["Form.ConfirmPassword"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);

        var later = app.NewBrowser();
        await later.SignInAsync(member, NewPassword);
        Assert.Contains(canary, await later.MainTextAsync($"/journal/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordReset_JournalAsksForTheEarlierPassword_AndOpensWithIt()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var canary = JournalSteps.Canary();
        var id = await (await app.SignedInAsync(member)).WriteAsync(canary);
        await ResetPasswordAsync(organization, member, NewPassword);

        var client = app.NewBrowser();
        await client.SignInAsync(member, NewPassword);
        Assert.True(JournalSteps.IsUnlockRedirect(await client.GetAsync($"/journal/{id}")));
        var choices = await client.UnlockAsync(NewPassword, $"/journal/{id}");
        Assert.Equal(HttpStatusCode.OK, choices.StatusCode);

        // A wrong earlier password opens nothing and keeps nothing typed.
        var wrong = await client.SubmitAsync(await JournalSteps.FormInAsync(choices, "form[data-recover]"), "/my-space/unlock", new Dictionary<string, string>
        {
            ["Recover.EarlierPassword"] = "a guess that is wrong",
            ["Recover.CurrentPassword"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var recover = await client.SubmitAsync(await JournalSteps.FormInAsync(wrong, "form[data-recover]"), "/my-space/unlock", new Dictionary<string, string>
        {
            ["Recover.EarlierPassword"] = CirclesApp.Password,
            ["Recover.CurrentPassword"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, recover.StatusCode);
        Assert.Equal($"/journal/{id}", recover.Headers.Location!.OriginalString);
        Assert.Contains(canary, await client.MainTextAsync($"/journal/{id}"), StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(member, AuditActions.PersonalKeyRecovered));

        // From now on the key opens with the new password at sign-in.
        var another = app.NewBrowser();
        await another.SignInAsync(member, NewPassword);
        Assert.Contains(canary, await another.MainTextAsync($"/journal/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordReset_StartAgain_DeletesTheOldEntries_AndWritingWorksAgain()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var canary = JournalSteps.Canary();
        var oldId = await (await app.SignedInAsync(member)).WriteAsync(canary);
        await ResetPasswordAsync(organization, member, NewPassword);
        var client = app.NewBrowser();
        await client.SignInAsync(member, NewPassword);
        var choices = await client.UnlockAsync(NewPassword);
        Assert.Contains("password you had before", (await choices.ParseAsync()).QuerySelector("[data-earlier-password]")!.TextContent, StringComparison.Ordinal);

        // Without the confirmation nothing is deleted.
        var unconfirmed = await client.SubmitAsync(await JournalSteps.FormInAsync(choices, "form[data-start-again]"), "/my-space/unlock", new Dictionary<string, string>
        {
            ["Restart.CurrentPassword"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(1, await JournalRowsAsync(member));

        var restart = await client.SubmitAsync(await JournalSteps.FormInAsync(unconfirmed, "form[data-start-again]"), "/my-space/unlock", new Dictionary<string, string>
        {
            ["Restart.CurrentPassword"] = NewPassword,
            ["Restart.Confirm"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, restart.StatusCode);
        Assert.Equal(0, await JournalRowsAsync(member));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/journal/{oldId}")).StatusCode);
        Assert.Equal(1, await AuditCountAsync(member, AuditActions.PrivateSpaceStartedAgain));
        var fresh = JournalSteps.Canary();
        var newId = await client.WriteAsync(fresh);
        Assert.Contains(fresh, await client.MainTextAsync($"/journal/{newId}"), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal) || line.Contains(fresh, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAgain_WhenThePasswordStillOpensTheKey_DeletesNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var client = await app.SignedInAsync(member);
        await client.WriteAsync(JournalSteps.Canary());
        var token = (await client.GetPageAsync("/account")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var restart = await client.PostAsync("/my-space/unlock?handler=StartAgain", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Restart.CurrentPassword", CirclesApp.Password),
            new("Restart.Confirm", "true"),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, restart.StatusCode);
        Assert.Equal(1, await JournalRowsAsync(member));
    }

    [Fact]
    public async Task TwoStepSignIn_JournalAsksToUnlock_AndUnlockingWorks()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var canary = JournalSteps.Canary();
        var id = await (await app.SignedInAsync(member)).WriteAsync(canary);
        string authenticatorKey;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
            var user = (await users.FindByIdAsync(member.Id.ToString()))!;
            await users.ResetAuthenticatorKeyAsync(user);
            authenticatorKey = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        var client = app.NewBrowser();
        await client.SignInAsync(member with { AuthenticatorKey = authenticatorKey });
        var closed = await client.GetAsync($"/journal/{id}");
        Assert.True(JournalSteps.IsUnlockRedirect(closed), $"{closed.StatusCode} {closed.Headers.Location}");

        var unlocked = await client.UnlockAsync(CirclesApp.Password, $"/journal/{id}");
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Contains(canary, await client.MainTextAsync($"/journal/{id}"), StringComparison.Ordinal);
    }

    private async Task ResetPasswordAsync(TestOrganization organization, TestUser person, string newPassword)
    {
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var codeResponse = await coordinator.SubmitFormAsync($"/people/{person.Id}", new Dictionary<string, string>(), "form[action*='handler=ResetCode']");
        var code = (await codeResponse.ParseAsync()).QuerySelector("[data-reset-code]")!.TextContent.Trim();
        var reset = await app.NewBrowser().SubmitFormAsync("/account/reset", new Dictionary<string, string>
        {
            ["Form.UserName"] = person.UserName,
            ["Form.Code"] = code,
            ["Form.AuthenticatorCode"] = "",
            ["Form.NewPassword"] = newPassword,
            ["Form.ConfirmPassword"] = newPassword,
        });
        Assert.Contains("Your password is changed", (await reset.ParseAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<int> JournalRowsAsync(TestUser person)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CirclesDb>().JournalEntries.IgnoreQueryFilters().CountAsync(e => e.UserId == person.Id);
    }

    private async Task<int> AuditCountAsync(TestUser person, string action)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CirclesDb>().AuditEvents.IgnoreQueryFilters().CountAsync(e => e.ActorUserId == person.Id && e.Action == action);
    }
}
