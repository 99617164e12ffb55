using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Needs;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Needs;

/// <summary>
/// SEC-21: a referral shares anything about the member only on their recorded consent (scope,
/// text version, who, when), withdrawable in one step; an override needs a reason and a second,
/// different coordinator, and is audited. SEC-32: the audit names records, never their content.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ConsentTests(SharedCirclesApp app)
{
    private async Task<(TestOrganization Organization, Guid NeedId, NeedArrangement.ArrangedService Service, HttpClient Coordinator)> ArrangeAsync(string description = "")
    {
        var organization = await app.CreateOrganizationAsync();
        var service = await app.CreateServiceAsync(organization);
        var needId = await (await app.SignedInAsync(organization.Member)).RaiseNeedAsync("Legal", description);
        return (organization, needId, service, await app.SignedInAsync(organization.Coordinator));
    }

    [Fact]
    public async Task Refer_OverPostingSharesMemberDetails_WithoutConsent_IsRefusedAndCreatesNothing()
    {
        var (organization, needId, service, coordinator) = await ArrangeAsync();

        var response = await coordinator.ReferAsync(needId, service.Id, share: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was sent", (await response.ParseAsync()).QuerySelector("[data-manage-message]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.Referrals.CountAsync()));
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.Consents.CountAsync()));
    }

    [Fact]
    public async Task Refer_WithSpokenConsent_RecordsScopeVersionWhoAndWhen()
    {
        var (organization, needId, service, coordinator) = await ArrangeAsync();

        var response = await coordinator.ReferAsync(needId, service.Id, share: true, spokenConsent: true);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var consent = await app.InOrganizationAsync(organization, db => db.Consents.SingleAsync());
        Assert.Equal(organization.Member.Id, consent.MemberUserId);
        Assert.Equal(ConsentScope.ShareWithService, consent.Scope);
        Assert.Equal(service.Id, consent.ScopeDetail);
        Assert.Equal(ConsentTexts.ReferralVersion, consent.TextVersion);
        Assert.Equal(organization.Coordinator.Id, consent.RecordedByUserId);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, consent.GivenAt);
        var referral = await app.ReferralOfAsync(organization, needId);
        Assert.True(referral.SharesMemberDetails);
        Assert.Equal(consent.Id, referral.ConsentId);
    }

    [Fact]
    public async Task Member_SeesTheExactWords_GivesAndWithdrawsInOneStep_EachAudited()
    {
        var (organization, needId, service, coordinator) = await ArrangeAsync();
        await coordinator.ReferAsync(needId, service.Id);
        var member = await app.SignedInAsync(organization.Member);
        var page = await (await member.GetAsync($"/needs/{needId}")).ParseAsync();
        var words = page.QuerySelector("[data-consent='none'] blockquote")!.TextContent;
        Assert.StartsWith("I agree that Harbour Legal Aid may receive my name in Circles", words, StringComparison.Ordinal);

        await member.SubmitFormAsync($"/needs/{needId}", GroupArrangement.NoFields(), "form[action*='handler=Consent']");
        page = await (await member.GetAsync($"/needs/{needId}")).ParseAsync();
        Assert.NotNull(page.QuerySelector("[data-consent='active']"));
        var consent = await app.InOrganizationAsync(organization, db => db.Consents.SingleAsync());
        Assert.Equal(organization.Member.Id, consent.RecordedByUserId);

        var withdrawn = await member.SubmitFormAsync($"/needs/{needId}", GroupArrangement.NoFields(), "form[action*='handler=Withdraw']");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        page = await (await member.GetAsync($"/needs/{needId}")).ParseAsync();
        Assert.NotNull(page.QuerySelector("[data-consent='withdrawn']"));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, (await app.InOrganizationAsync(organization, db => db.Consents.SingleAsync())).WithdrawnAt);
        Assert.False((await app.ReferralOfAsync(organization, needId)).SharesMemberDetails);
        var events = await AuditAsync(organization);
        Assert.Contains(events, e => e.Action == AuditActions.ConsentGiven && e.Subject == consent.Id.ToString() && e.ActorUserId == organization.Member.Id);
        Assert.Contains(events, e => e.Action == AuditActions.ConsentWithdrawn && e.Subject == consent.Id.ToString());
    }

    [Fact]
    public async Task Override_NeedsAReason_AndASecondDifferentCoordinator_BeforeAnythingIsShared()
    {
        var (organization, needId, service, coordinator) = await ArrangeAsync();
        await coordinator.ReferAsync(needId, service.Id);
        const string reason = "canary-override-reason-5521";

        var noReason = await coordinator.SubmitFormAsync($"/needs/{needId}/manage", new Dictionary<string, string> { ["reason"] = " " }, "form[action*='handler=Override']");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.Consents.CountAsync()));

        var asked = await coordinator.SubmitFormAsync($"/needs/{needId}/manage", new Dictionary<string, string> { ["reason"] = reason }, "form[action*='handler=Override']");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.False((await app.ReferralOfAsync(organization, needId)).SharesMemberDetails);
        var page = await (await coordinator.GetAsync($"/needs/{needId}/manage")).ParseAsync();
        Assert.NotNull(page.QuerySelector("[data-sharing='override-pending']"));
        Assert.Null(page.QuerySelector("form[action*='handler=Approve']")); // not offered to the one who asked

        // The same coordinator cannot approve by posting anyway.
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var referralId = (await app.ReferralOfAsync(organization, needId)).Id;
        var self = await coordinator.PostAsync($"/needs/{needId}/manage?handler=Approve&referralId={referralId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        Assert.False((await app.ReferralOfAsync(organization, needId)).SharesMemberDetails);

        var second = await app.SignedInAsync(await app.AddUserAsync(organization.Id, Roles.Coordinator));
        var secondPage = await (await second.GetAsync($"/needs/{needId}/manage")).ParseAsync();
        Assert.Contains(reason, secondPage.QuerySelector("[data-sharing='override-pending']")!.TextContent, StringComparison.Ordinal);
        var approved = await second.SubmitFormAsync($"/needs/{needId}/manage", GroupArrangement.NoFields(), "form[action*='handler=Approve']");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var referral = await app.ReferralOfAsync(organization, needId);
        Assert.True(referral.SharesMemberDetails);
        var consent = await app.InOrganizationAsync(organization, db => db.Consents.SingleAsync());
        Assert.True(consent.IsActive);
        Assert.NotEqual(consent.RecordedByUserId, consent.OverrideApprovedByUserId);
        Assert.DoesNotContain(reason, consent.ProtectedOverrideReason, StringComparison.Ordinal); // SEC-27
        var events = await AuditAsync(organization);
        Assert.Contains(events, e => e.Action == AuditActions.ConsentOverrideRequested && e.ActorUserId == organization.Coordinator.Id);
        Assert.Contains(events, e => e.Action == AuditActions.ConsentOverrideApproved && e.ActorUserId != organization.Coordinator.Id);
        Assert.DoesNotContain(events, e => (e.Subject ?? "").Contains(reason, StringComparison.Ordinal));
        // The member is told, and cannot "withdraw" a decision staff took for their safety.
        var memberPage = await (await (await app.SignedInAsync(organization.Member)).GetAsync($"/needs/{needId}")).ParseAsync();
        Assert.NotNull(memberPage.QuerySelector("[data-consent='override']"));
        Assert.Null(memberPage.QuerySelector("form[action*='handler=Withdraw']"));
    }

    [Fact]
    public async Task ReadingANeed_IsAudited_WithoutItsContent()
    {
        const string canary = "canary-need-audit-8812";
        var (organization, needId, _, coordinator) = await ArrangeAsync(canary);

        var page = await (await coordinator.GetAsync($"/needs/{needId}/manage")).ParseAsync();

        Assert.Equal(canary, page.QuerySelector("[data-need-description]")!.TextContent.Trim());
        var events = await AuditAsync(organization);
        var viewed = Assert.Single(events, e => e.Action == AuditActions.NeedViewed);
        Assert.Equal(needId.ToString(), viewed.Subject);
        Assert.Equal(organization.Coordinator.Id, viewed.ActorUserId);
        Assert.DoesNotContain(events, e => (e.Subject ?? "").Contains(canary, StringComparison.Ordinal) || e.Action.Contains(canary, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal)); // SEC-33
    }

    private Task<List<AuditEvent>> AuditAsync(TestOrganization organization) =>
        app.InOrganizationAsync(organization, db => db.AuditEvents.ToListAsync());
}
