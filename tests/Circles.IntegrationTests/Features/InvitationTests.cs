using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features;

/// <summary>Onboarding by invitation: single use, expiring, revocable, pseudonym and password only.</summary>
public sealed class InvitationTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private sealed record Created(string Code, string Link);

    private async Task<Created> InviteAsync(TestOrganization organization, string role = Roles.Member, int days = 7)
    {
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var response = await coordinator.SubmitFormAsync("/invitations", new Dictionary<string, string>
        {
            ["Form.Role"] = role,
            ["Form.ValidForDays"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var page = await response.ParseAsync();
        return new Created(
            page.QuerySelector("[data-invitation-code]")!.TextContent.Trim(),
            page.QuerySelector("[data-invitation-link]")!.TextContent.Trim());
    }

    private static Dictionary<string, string> Registration(string? code, string pseudonym, string password = "quiet river morning") => new()
    {
        ["Form.Code"] = code ?? "",
        ["Form.Pseudonym"] = pseudonym,
        ["Form.Password"] = password,
        ["Form.ConfirmPassword"] = password,
    };

    private static string NewPseudonym() => "Rosa " + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task Redeem_WithCode_CreatesAMemberWithOnlyAPseudonym()
    {
        var organization = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization);
        var pseudonym = NewPseudonym();
        var browser = app.NewBrowser();

        var joined = await browser.SubmitFormAsync("/join", Registration(invitation.Code, pseudonym));

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        // First sign-in: the one-time explanation of quick exit comes first (SEC-3).
        var home = await browser.GetAsync("/home/member");
        Assert.StartsWith("/account/welcome", home.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
        var user = await users.FindByNameAsync(pseudonym);
        Assert.NotNull(user);
        Assert.Equal(organization.Id, user.OrganizationId);
        Assert.Null(user.Email);
        Assert.Null(user.PhoneNumber);
        Assert.Equal([Roles.Member], await users.GetRolesAsync(user));
    }

    [Fact]
    public async Task Redeem_WithLink_NeedsNoCode()
    {
        var organization = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization, Roles.Volunteer);
        var path = new Uri(invitation.Link).AbsolutePath;

        var joined = await app.NewBrowser().SubmitFormAsync(path, Registration(null, NewPseudonym()));

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
    }

    [Fact]
    public async Task Redeem_Twice_SecondTimeIsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization);
        await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, NewPseudonym()));

        var second = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, NewPseudonym()));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("does not work", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redeem_AfterExpiry_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization, days: 1);
        app.Clock.Advance(TimeSpan.FromDays(1).Add(TimeSpan.FromMinutes(1)));

        var response = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, NewPseudonym()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("does not work", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redeem_AfterRevocation_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var list = await (await coordinator.GetAsync("/invitations")).ParseAsync();
        var details = list.QuerySelector("a[href^='/invitations/']")!.GetAttribute("href")!;
        var revoked = await coordinator.SubmitFormAsync(details, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        var response = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, NewPseudonym()));

        Assert.Contains("does not work", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redeem_AsNewFacilitator_SetsUpTwoStepSignInAtOnce_WithoutBeingAskedForThePasswordAgain_Sec10_Sec17()
    {
        var organization = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization, Roles.Facilitator);
        var browser = app.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitFormAsync("/join", Registration(invitation.Code, NewPseudonym()))).StatusCode);

        await browser.SubmitFormAsync("/account/welcome", new Dictionary<string, string>());

        // Choosing the password a moment ago is a fresh confirmation: the new key is shown, not "Confirm it is you".
        var started = await browser.SubmitFormAsync("/account/two-factor", new Dictionary<string, string>(), "form[action*='handler=Start']");

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.StartsWith("/account/two-factor", started.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var keyShown = await (await browser.GetAsync(started.Headers.Location)).ParseAsync();
        Assert.NotNull(keyShown.QuerySelector("p.secret"));
    }

    [Fact]
    public async Task Redeem_WithTooShortPassword_KeepsWhatWasTypedAndLeavesNothingHalfSaved()
    {
        var organization = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization);
        var pseudonym = NewPseudonym();

        var refused = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, pseudonym, "short"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Equal(pseudonym, page.QuerySelector("input[name='Form.Pseudonym']")!.GetAttribute("value"));
        Assert.Equal(invitation.Code, page.QuerySelector("input[name='Form.Code']")!.GetAttribute("value"));
        Assert.Contains("at least 8 characters", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
            Assert.False(await db.Users.IgnoreQueryFilters().AnyAsync(u => u.UserName == pseudonym));
        }
        // The invitation is still usable.
        var retried = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, pseudonym));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
    }

    [Fact]
    public async Task Redeem_ForStaffRole_NeedsFifteenCharacters()
    {
        var organization = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization, Roles.Facilitator);

        var refused = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, NewPseudonym(), "twelve chars"));
        Assert.Contains("at least 15 characters", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var accepted = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, NewPseudonym(), "fifteen chars ok"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Theory]
    [InlineData("password123")]
    [InlineData("qwertyuiop")]
    [InlineData("contraseña123")]
    public async Task Redeem_WithCommonPassword_IsRefused(string password)
    {
        var organization = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization);

        var refused = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, NewPseudonym(), password));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("too easy to guess", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redeem_WithLongPasswordWithoutDigitsOrSymbols_IsAccepted()
    {
        var organization = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization);
        var longPassword = string.Concat(Enumerable.Repeat("calm lake ", 12)); // 120 characters, no composition rules

        var accepted = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, NewPseudonym(), longPassword));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Redeem_WithTakenPseudonym_AsksForAnotherAndKeepsTheInvitation()
    {
        var organization = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization);

        var refused = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, organization.Member.UserName));
        Assert.Contains("already uses that name", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var accepted = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, NewPseudonym()));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Redeem_OverPostedOrganizationAndRole_AreIgnored()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization);
        var pseudonym = NewPseudonym();
        var fields = Registration(invitation.Code, pseudonym);
        fields["Form.OrganizationId"] = other.Id.ToString();
        fields["OrganizationId"] = other.Id.ToString();
        fields["Form.Role"] = Roles.Coordinator;
        fields["Role"] = Roles.Coordinator;

        await app.NewBrowser().SubmitFormAsync("/join", fields);

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
        var user = (await users.FindByNameAsync(pseudonym))!;
        Assert.Equal(organization.Id, user.OrganizationId);
        Assert.Equal([Roles.Member], await users.GetRolesAsync(user));
    }

    [Fact]
    public async Task InvitationSecrets_AreStoredOnlyAsHashes()
    {
        var organization = await app.CreateOrganizationAsync();
        var invitation = await InviteAsync(organization);
        var token = new Uri(invitation.Link).AbsolutePath["/join/".Length..];

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var stored = await scope.ServiceProvider.GetRequiredService<CirclesDb>().Invitations.SingleAsync();
        Assert.DoesNotContain(token, stored.TokenHash + stored.CodeHash, StringComparison.Ordinal);
        Assert.DoesNotContain(invitation.Code.Replace("-", "", StringComparison.Ordinal), stored.TokenHash + stored.CodeHash, StringComparison.Ordinal);
    }
}
