using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Needs;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Needs;

/// <summary>
/// SEC-19 for needs: a member sees only their own, a facilitator only those they recorded,
/// a partner none unless referred to them with consent, another organization nothing.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class NeedPermissionTests(SharedCirclesApp app)
{
    [Fact]
    public async Task NeedPage_AsEachRole_OnlyItsMemberSeesIt()
    {
        var organization = await app.CreateOrganizationAsync();
        var needId = await (await app.SignedInAsync(organization.Member)).RaiseNeedAsync("Legal", "only mine");
        var otherMember = await app.AddUserAsync(organization.Id, Roles.Member);

        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync(organization.Member)).GetAsync($"/needs/{needId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(otherMember)).GetAsync($"/needs/{needId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(organization.PeerSupporter)).GetAsync($"/needs/{needId}")).StatusCode);
        foreach (var role in new[] { Roles.Coordinator, Roles.Facilitator, Roles.Volunteer, Roles.Partner })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync(organization.People[role])).GetAsync($"/needs/{needId}")).StatusCode);
        }
    }

    [Fact]
    public async Task NeedList_AsAnotherMember_ShowsNoneOfTheirs_AndPostsToIt_Are404()
    {
        var organization = await app.CreateOrganizationAsync();
        var service = await app.CreateServiceAsync(organization);
        var needId = await (await app.SignedInAsync(organization.Member)).RaiseNeedAsync();
        await (await app.SignedInAsync(organization.Coordinator)).ReferAsync(needId, service.Id);
        var referral = await app.ReferralOfAsync(organization, needId);
        var other = await app.SignedInAsync(await app.AddUserAsync(organization.Id, Roles.Member));
        await other.RaiseNeedAsync("Money");
        var ownPage = await (await other.GetAsync("/needs")).ParseAsync();
        var token = (await (await other.GetAsync("/needs/new")).ParseAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Single(ownPage.QuerySelectorAll("[data-need]"));
        Assert.Null(ownPage.QuerySelector($"[data-need='{needId}']"));
        var answer = await other.PostAsync($"/needs/{needId}?handler=Answer&referralId={referral.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["answer"] = "No",
            ["__RequestVerificationToken"] = token,
        }));
        var consent = await other.PostAsync($"/needs/{needId}?handler=Consent&referralId={referral.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, consent.StatusCode);
        var stored = await app.ReferralOfAsync(organization, needId);
        Assert.Null(stored.MemberSaysHelpArrived);
        Assert.False(stored.SharesMemberDetails);
    }

    [Fact]
    public async Task Facilitator_RecordsWithConsentNoted_AndSeesOnlyTheNeedsTheyRecorded()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var withoutConsent = await facilitator.SubmitFormAsync("/needs/record", new Dictionary<string, string>
        {
            ["Form.MemberUserId"] = organization.Member.Id.ToString(),
            ["Form.Category"] = "Housing",
        });
        Assert.Equal(HttpStatusCode.OK, withoutConsent.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.Needs.CountAsync()));

        var recorded = await facilitator.SubmitFormAsync("/needs/record", new Dictionary<string, string>
        {
            ["Form.MemberUserId"] = organization.Member.Id.ToString(),
            ["Form.Category"] = "Housing",
            ["Form.CommunityId"] = group.CommunityId.ToString(),
            ["Form.ConsentNoted"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var need = await app.InOrganizationAsync(organization, db => db.Needs.SingleAsync());
        Assert.Equal(organization.Facilitator.Id, need.RecordedByUserId);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, need.RecordingConsentNotedAt);
        Assert.Equal(organization.Member.Id, need.MemberUserId);
        Assert.Equal(group.CommunityId, need.CommunityId);

        // The member raises one of their own: the facilitator does not see it; the member sees both.
        await (await app.SignedInAsync(organization.Member)).RaiseNeedAsync("Money");
        var list = await (await facilitator.GetAsync("/needs/record")).ParseAsync();
        Assert.Single(list.QuerySelectorAll("[data-recorded-need]"));
        Assert.Contains("A place to live", list.QuerySelector("[data-recorded-need]")!.TextContent, StringComparison.Ordinal);
        var otherFacilitator = await app.AddUserAsync(organization.Id, Roles.Facilitator);
        var otherList = await (await (await app.SignedInAsync(otherFacilitator)).GetAsync("/needs/record")).ParseAsync();
        Assert.Empty(otherList.QuerySelectorAll("[data-recorded-need]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.GetAsync($"/needs/{need.Id}/manage")).StatusCode);
        Assert.Equal(2, (await (await (await app.SignedInAsync(organization.Member)).GetAsync("/needs")).ParseAsync()).QuerySelectorAll("[data-need]").Length);
    }

    [Fact]
    public async Task Facilitator_CannotRecordForSomeoneOutsideTheirGroups()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var stranger = await app.AddUserAsync(organization.Id, Roles.Member);

        var response = await (await app.SignedInAsync(organization.Facilitator)).SubmitFormAsync("/needs/record", new Dictionary<string, string>
        {
            ["Form.MemberUserId"] = stranger.Id.ToString(),
            ["Form.Category"] = "Housing",
            ["Form.ConsentNoted"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.Needs.CountAsync()));
    }

    [Fact]
    public async Task AnotherOrganization_GetsNotFound_AndSeesNothingInTriage()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        var needId = await (await app.SignedInAsync(ours.Member)).RaiseNeedAsync("Legal", "ours only");
        var theirCoordinator = await app.SignedInAsync(theirs.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await theirCoordinator.GetAsync($"/needs/{needId}/manage")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(theirs.Member)).GetAsync($"/needs/{needId}")).StatusCode);
        var triage = await (await theirCoordinator.GetAsync("/needs/triage")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(needId.ToString(), triage, StringComparison.Ordinal);
        Assert.DoesNotContain(ours.Member.UserName, triage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partner_SeesOnlyConsentedReferralsToTheirOrganization_AndNotAfterWithdrawal()
    {
        var organization = await app.CreateOrganizationAsync();
        var theirs = await app.CreateServiceAsync(organization, "Partner Legal Clinic");
        var elsewhere = await app.CreateServiceAsync(organization, "Other Legal Clinic");
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var link = await coordinator.SubmitFormAsync("/needs/partners", new Dictionary<string, string>
        {
            ["partnerUserId"] = organization.Partner.Id.ToString(),
            ["directoryOrganizationId"] = theirs.DirectoryOrganizationId,
        }, "form[action*='handler=Link']");
        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        var member = await app.SignedInAsync(organization.Member);
        await member.SubmitFormAsync("/me/contact", new Dictionary<string, string> { ["Form.Channels"] = "TextMessage", ["Form.Phone"] = "+44 7700 900555" });
        var shared = await member.SubmitFormAsync("/needs/new", new Dictionary<string, string>
        {
            ["Form.Category"] = "Legal",
            ["Form.Description"] = "private words for staff",
            ["Form.Channels"] = "TextMessage",
        });
        var sharedId = Guid.Parse(shared.Headers.Location!.OriginalString.Split('/')[2].Split('?')[0]);
        var notShared = await member.RaiseNeedAsync("Legal");
        var toElsewhere = await member.RaiseNeedAsync("Legal");
        await coordinator.ReferAsync(sharedId, theirs.Id);
        await coordinator.ReferAsync(notShared, theirs.Id);
        await coordinator.ReferAsync(toElsewhere, elsewhere.Id, share: true, spokenConsent: true);
        var partner = await app.SignedInAsync(organization.Partner);
        Assert.Empty((await (await partner.GetAsync("/referrals")).ParseAsync()).QuerySelectorAll("[data-partner-referral]"));

        // The member agrees on their need page: the partner sees the referral, without the description.
        var agreed = await member.SubmitFormAsync($"/needs/{sharedId}", GroupArrangement.NoFields(), "form[action*='handler=Consent']");
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        var page = await (await partner.GetAsync("/referrals")).ParseAsync();
        var card = Assert.Single(page.QuerySelectorAll("[data-partner-referral]"));
        Assert.Equal(organization.Member.UserName, card.GetAttribute("data-partner-referral"));
        Assert.Contains("Legal help", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("+44 7700 900555", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("private words", page.Source.Text, StringComparison.Ordinal);

        // The partner updates the outcome; the member reads it in plain words.
        var updated = await partner.SubmitFormAsync("/referrals", new Dictionary<string, string> { ["status"] = "Accepted" }, "form[action*='handler=Outcome']");
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        var status = (await (await member.GetAsync($"/needs/{sharedId}")).ParseAsync()).QuerySelector("[data-referral-status]")!.TextContent;
        Assert.Equal("Partner Legal Clinic said they can help", status.Trim());

        // Withdrawal in one step removes it from the partner's view at once.
        var withdrawn = await member.SubmitFormAsync($"/needs/{sharedId}", GroupArrangement.NoFields(), "form[action*='handler=Withdraw']");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Empty((await (await partner.GetAsync("/referrals")).ParseAsync()).QuerySelectorAll("[data-partner-referral]"));
        var managed = await (await coordinator.GetAsync($"/needs/{sharedId}/manage")).ParseAsync();
        Assert.NotNull(managed.QuerySelector("[data-sharing='withdrawn']"));
        var referralId = (await app.ReferralOfAsync(organization, sharedId)).Id;
        var token = (await (await partner.GetAsync("/account/password")).ParseAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var afterWithdrawal = await partner.PostAsync($"/referrals?handler=Outcome&referralId={referralId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["status"] = "HelpReceived",
            ["version"] = Guid.Empty.ToString(),
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, afterWithdrawal.StatusCode);
        Assert.Equal(ReferralStatus.Accepted, (await app.ReferralOfAsync(organization, sharedId)).Status);
    }
}
