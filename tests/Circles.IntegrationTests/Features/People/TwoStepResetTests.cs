using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.People;

/// <summary>
/// Decision 0014 (SEC-15, SEC-16, SEC-32): two-step sign-in is turned off for someone who lost
/// their phone and their recovery codes only when one coordinator asks and ANOTHER approves.
/// </summary>
public sealed class TwoStepResetTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    [Fact]
    public async Task Approve_ByASecondCoordinator_TurnsTwoStepOff_RemovesPasskeys_SignsThemOut_AndTheyMustEnrolAgain_Sec15_Sec16()
    {
        var organization = await app.CreateOrganizationAsync();
        var second = await app.AddUserAsync(organization.Id, Roles.Coordinator);
        var facilitatorBrowser = await app.SignedInAsync(organization.Facilitator);
        var asker = await app.SignedInAsync(organization.Coordinator);
        var approver = await app.SignedInAsync(second);
        var keyBefore = await AuthenticatorKeyAsync(organization, organization.Facilitator.Id);
        await WithUserAsync(organization, organization.Facilitator.Id, (users, user) => users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10));
        Assert.Equal(10, await RecoveryCodesLeftAsync(organization, organization.Facilitator.Id));
        using var lostPhonesPasskey = new SoftPasskey();
        await WithUserAsync(organization, organization.Facilitator.Id, (users, user) => users.AddOrUpdatePasskeyAsync(user, lostPhonesPasskey.Stored("phone", app.Clock.GetUtcNow())));
        Assert.Equal(1, await PasskeysLeftAsync(organization, organization.Facilitator.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await asker.RequestTwoStepResetAsync(organization.Facilitator.Id)).StatusCode);
        // Asking alone changes nothing.
        Assert.True(await TwoFactorEnabledAsync(organization, organization.Facilitator.Id));
        Assert.Equal(HttpStatusCode.OK, (await facilitatorBrowser.GetAsync("/home/facilitator")).StatusCode);
        var requestId = await PendingRequestIdAsync(organization, organization.Facilitator.Id);
        var (_, personPage) = await approver.GetPageAsync($"/people/{organization.Facilitator.Id}");
        Assert.NotNull(personPage.QuerySelector($"[data-two-step-request='{requestId}'] form[action*='handler=Approve']"));

        var approved = await approver.PressOnRequestAsync(requestId, "Approve");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.False(await TwoFactorEnabledAsync(organization, organization.Facilitator.Id));
        Assert.NotEqual(keyBefore, await AuthenticatorKeyAsync(organization, organization.Facilitator.Id));
        Assert.Equal(0, await RecoveryCodesLeftAsync(organization, organization.Facilitator.Id));
        Assert.Equal(0, await PasskeysLeftAsync(organization, organization.Facilitator.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await facilitatorBrowser.GetAsync("/home/facilitator")).StatusCode);
        // Back in with the password alone, they are sent to set up two-step sign-in before anything else.
        var again = await app.SignedInAsync(organization.Facilitator);
        var home = await again.GetAsync("/home/facilitator");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/two-factor", home.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var requested = Assert.Single(await app.AuditAsync(organization, AuditActions.TwoStepResetRequested));
        Assert.Equal((organization.Coordinator.Id, organization.Facilitator.Id.ToString()), (requested.ActorUserId!.Value, requested.Subject!));
        var approval = Assert.Single(await app.AuditAsync(organization, AuditActions.TwoStepResetApproved));
        Assert.Equal((second.Id, organization.Facilitator.Id.ToString()), (approval.ActorUserId!.Value, approval.Subject!));
    }

    [Fact]
    public async Task Approve_OwnRequest_IsRefused_AndChangesNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var asker = await app.SignedInAsync(organization.Coordinator);
        await asker.RequestTwoStepResetAsync(organization.Facilitator.Id);
        var requestId = await PendingRequestIdAsync(organization, organization.Facilitator.Id);

        var (_, list) = await asker.GetPageAsync(StaffAccountArrangement.RequestsPath);
        Assert.Null(list.QuerySelector($"[data-two-step-request='{requestId}'] form[action*='handler=Approve']"));
        var forced = await asker.PostWithTokenAsync($"{StaffAccountArrangement.RequestsPath}?handler=Approve&requestId={requestId}");

        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.NotNull((await forced.ParseAsync()).QuerySelector("[data-problem]"));
        Assert.True(await TwoFactorEnabledAsync(organization, organization.Facilitator.Id));
        Assert.Empty(await app.AuditAsync(organization, AuditActions.TwoStepResetApproved));
    }

    [Fact]
    public async Task Approve_ByThePersonItIsAbout_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var subject = await app.AddUserAsync(organization.Id, Roles.Coordinator);
        var asker = await app.SignedInAsync(organization.Coordinator);
        await asker.RequestTwoStepResetAsync(subject.Id);
        var requestId = await PendingRequestIdAsync(organization, subject.Id);

        var forced = await (await app.SignedInAsync(subject)).PostWithTokenAsync($"{StaffAccountArrangement.RequestsPath}?handler=Approve&requestId={requestId}");

        Assert.NotNull((await forced.ParseAsync()).QuerySelector("[data-problem]"));
        Assert.True(await TwoFactorEnabledAsync(organization, subject.Id));
    }

    [Fact]
    public async Task Request_ForYourself_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var (_, page) = await coordinator.GetPageAsync(StaffAccountArrangement.RequestPath(organization.Coordinator.Id));
        Assert.NotNull(page.QuerySelector("[data-request-refused]"));
        Assert.Null(page.QuerySelector("main form"));
        await coordinator.PostWithTokenAsync(StaffAccountArrangement.RequestPath(organization.Coordinator.Id));

        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.TwoStepResetRequests.CountAsync()));
    }

    [Fact]
    public async Task Approve_AfterTwentyFourHours_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var second = await app.AddUserAsync(organization.Id, Roles.Coordinator);
        await (await app.SignedInAsync(organization.Coordinator)).RequestTwoStepResetAsync(organization.Facilitator.Id);
        var requestId = await PendingRequestIdAsync(organization, organization.Facilitator.Id);
        app.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        var approver = await app.SignedInAsync(second);
        var (_, list) = await approver.GetPageAsync(StaffAccountArrangement.RequestsPath);
        Assert.Null(list.QuerySelector($"[data-two-step-request='{requestId}']"));
        var late = await approver.PostWithTokenAsync($"{StaffAccountArrangement.RequestsPath}?handler=Approve&requestId={requestId}");

        Assert.NotNull((await late.ParseAsync()).QuerySelector("[data-problem]"));
        Assert.True(await TwoFactorEnabledAsync(organization, organization.Facilitator.Id));
    }

    [Fact]
    public async Task RequestAndApprove_AsCoordinatorOfAnotherOrganization_IsNotFound_Sec19()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        await (await app.SignedInAsync(organization.Coordinator)).RequestTwoStepResetAsync(organization.Facilitator.Id);
        var requestId = await PendingRequestIdAsync(organization, organization.Facilitator.Id);
        var outsider = await app.SignedInAsync(other.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(StaffAccountArrangement.RequestPath(organization.Facilitator.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostWithTokenAsync(StaffAccountArrangement.RequestPath(organization.Facilitator.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostWithTokenAsync($"{StaffAccountArrangement.RequestsPath}?handler=Approve&requestId={requestId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostWithTokenAsync($"{StaffAccountArrangement.RequestsPath}?handler=Cancel&requestId={requestId}")).StatusCode);
        var (_, list) = await outsider.GetPageAsync(StaffAccountArrangement.RequestsPath);
        Assert.Null(list.QuerySelector($"[data-two-step-request='{requestId}']"));
        Assert.True(await TwoFactorEnabledAsync(organization, organization.Facilitator.Id));
    }

    [Fact]
    public async Task Request_AsFacilitator_IsForbidden()
    {
        var organization = await app.CreateOrganizationAsync();
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.GetAsync(StaffAccountArrangement.RequestPath(organization.Volunteer.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.GetAsync(StaffAccountArrangement.RequestsPath)).StatusCode);
    }

    [Fact]
    public async Task RequestAndApprove_ForAMemberWhoUsesTwoStep_Works()
    {
        var organization = await app.CreateOrganizationAsync();
        var second = await app.AddUserAsync(organization.Id, Roles.Coordinator);
        await app.InOrganizationAsync(organization, async db =>
        {
            var member = await db.Users.FirstAsync(u => u.Id == organization.Member.Id);
            member.TwoFactorEnabled = true;
            return await db.SaveChangesAsync();
        });
        await (await app.SignedInAsync(organization.Coordinator)).RequestTwoStepResetAsync(organization.Member.Id);
        var requestId = await PendingRequestIdAsync(organization, organization.Member.Id);

        Assert.Equal(HttpStatusCode.Redirect, (await (await app.SignedInAsync(second)).PressOnRequestAsync(requestId, "Approve")).StatusCode);

        Assert.False(await TwoFactorEnabledAsync(organization, organization.Member.Id));
    }

    [Fact]
    public async Task Cancel_ByTheAsker_LeavesNothingToApprove()
    {
        var organization = await app.CreateOrganizationAsync();
        var second = await app.AddUserAsync(organization.Id, Roles.Coordinator);
        var asker = await app.SignedInAsync(organization.Coordinator);
        await asker.RequestTwoStepResetAsync(organization.Facilitator.Id);
        var requestId = await PendingRequestIdAsync(organization, organization.Facilitator.Id);

        Assert.Equal(HttpStatusCode.Redirect, (await asker.PressOnRequestAsync(requestId, "Cancel")).StatusCode);
        var late = await (await app.SignedInAsync(second)).PostWithTokenAsync($"{StaffAccountArrangement.RequestsPath}?handler=Approve&requestId={requestId}");

        Assert.NotNull((await late.ParseAsync()).QuerySelector("[data-problem]"));
        Assert.True(await TwoFactorEnabledAsync(organization, organization.Facilitator.Id));
        Assert.Single(await app.AuditAsync(organization, AuditActions.TwoStepResetCancelled));
    }

    private Task<Guid> PendingRequestIdAsync(TestOrganization organization, Guid personId) =>
        app.InOrganizationAsync(organization, db => db.TwoStepResetRequests.Where(r => r.UserId == personId && r.ApprovedAt == null && r.CancelledAt == null).Select(r => r.Id).SingleAsync());

    private Task<bool> TwoFactorEnabledAsync(TestOrganization organization, Guid userId) =>
        app.InOrganizationAsync(organization, db => db.Users.Where(u => u.Id == userId).Select(u => u.TwoFactorEnabled).FirstAsync());

    private Task<string?> AuthenticatorKeyAsync(TestOrganization organization, Guid userId) => WithUserAsync(organization, userId, (users, user) => users.GetAuthenticatorKeyAsync(user));

    private Task<int> RecoveryCodesLeftAsync(TestOrganization organization, Guid userId) => WithUserAsync(organization, userId, (users, user) => users.CountRecoveryCodesAsync(user));

    private async Task<int> PasskeysLeftAsync(TestOrganization organization, Guid userId) =>
        (await WithUserAsync(organization, userId, (users, user) => users.GetPasskeysAsync(user))).Count;

    private async Task<T> WithUserAsync<T>(TestOrganization organization, Guid userId, Func<UserManager<CirclesUser>, CirclesUser, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
        return await read(users, (await users.FindByIdAsync(userId.ToString()))!);
    }
}
