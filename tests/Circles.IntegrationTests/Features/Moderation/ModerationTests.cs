using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Features.Directory;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Moderation;
using Circles.Web.Features.Notifications;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Moderation;

/// <summary>Reports, the moderation queue, hiding and showing again with a reason (audited without content), mutes and removals.</summary>
public sealed class ModerationTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private static Dictionary<string, string> Reason(ReportReason reason) => new() { ["Reason"] = reason.ToString() };

    private async Task<(TestOrganization Organization, GroupArrangement.ArrangedGroup Group, Guid PostId)> GroupWithPostAsync(string text)
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member, organization.PeerSupporter]);
        var postId = await app.AddPostAsync(organization, group.Id, organization.PeerSupporter, text);
        return (organization, group, postId);
    }

    [Fact]
    public async Task Report_OfSomethingTheReporterCannotSee_IsNotFound()
    {
        var (organization, _, postId) = await GroupWithPostAsync("A post in a group");
        var message = await app.AddDirectMessageAsync(organization, organization.PeerSupporter, organization.Member, "Hello there");
        var outsider = await app.AddUserAsync(organization.Id, "Member");
        var outsiderClient = await app.SignedInAsync(outsider);
        var other = await app.CreateOrganizationAsync();
        var otherOrgMember = await app.SignedInAsync(other.Member);

        Assert.Equal(HttpStatusCode.NotFound, (await outsiderClient.GetAsync(ModerationArrangement.ReportPath("DiscussionPost", postId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderClient.GetAsync(ModerationArrangement.ReportPath("DirectMessage", message.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOrgMember.GetAsync(ModerationArrangement.ReportPath("DiscussionPost", postId))).StatusCode);
        // The writer does not report their own words.
        var writer = await app.SignedInAsync(organization.PeerSupporter);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync(ModerationArrangement.ReportPath("DirectMessage", message.Id))).StatusCode);
        // Posting without seeing it is refused the same way.
        var answer = await outsiderClient.PostWithTokenAsync(ModerationArrangement.ReportPath("DiscussionPost", postId), Reason(ReportReason.Unkind));
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.MessageReports.CountAsync()));
    }

    [Fact]
    public async Task Report_SentTwice_IsOneReport_AndFacilitatorsGetANeutralNotification()
    {
        var (organization, group, postId) = await GroupWithPostAsync("Something unkind");
        var member = await app.SignedInAsync(organization.Member);
        var path = ModerationArrangement.ReportPath("DiscussionPost", postId);

        var first = await member.SubmitFormAsync(path, Reason(ReportReason.Unkind));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Thank you. A facilitator will look at it.", await member.MainTextAsync(first.Headers.Location!.OriginalString), StringComparison.Ordinal);
        await member.SubmitFormAsync(path, Reason(ReportReason.Spam));

        var reports = await app.InOrganizationAsync(organization, db => db.MessageReports.ToListAsync());
        var report = Assert.Single(reports);
        Assert.Equal(group.Id, report.GroupId);
        Assert.Equal(ReportReason.Unkind, report.Reason);
        var notifications = await app.InOrganizationAsync(organization, db => db.Notifications.ToListAsync());
        var notification = Assert.Single(notifications);
        Assert.Equal(organization.Facilitator.Id, notification.UserId);
        Assert.Equal(NotificationKind.NewReport, notification.Kind);
        Assert.Equal("/moderation", notification.Link);
    }

    [Fact]
    public async Task DirectMessageReport_GoesToCoordinators_AndOnlyTheyAndNotFacilitatorsSeeIt()
    {
        var organization = await app.CreateOrganizationAsync();
        var message = await app.AddDirectMessageAsync(organization, organization.PeerSupporter, organization.Member, "A direct message reported");
        var member = await app.SignedInAsync(organization.Member);
        Assert.Equal(HttpStatusCode.Redirect, (await member.SubmitFormAsync(ModerationArrangement.ReportPath("DirectMessage", message.Id), Reason(ReportReason.Unsafe))).StatusCode);

        var notified = await app.InOrganizationAsync(organization, db => db.Notifications.Select(n => n.UserId).ToListAsync());
        Assert.Equal([organization.Coordinator.Id], notified);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        Assert.Contains("A direct message reported", await coordinator.MainTextAsync("/moderation"), StringComparison.Ordinal);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        Assert.DoesNotContain("A direct message reported", await facilitator.MainTextAsync("/moderation"), StringComparison.Ordinal);
        var refused = await facilitator.PostWithTokenAsync($"/moderation?handler=Report&kind=DirectMessage&id={message.Id}", new Dictionary<string, string> { ["decision"] = "hide", ["Reason"] = "x" });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task Queue_FacilitatorSeesOwnGroupsOnly_MembersAreRefused()
    {
        var (organization, _, postId) = await GroupWithPostAsync("In my group");
        var otherFacilitator = await app.AddUserAsync(organization.Id, "Facilitator");
        var member = await app.SignedInAsync(organization.Member);
        await member.SubmitFormAsync(ModerationArrangement.ReportPath("DiscussionPost", postId), Reason(ReportReason.Other));

        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var page = (await facilitator.GetPageAsync("/moderation")).Document;
        Assert.NotNull(page.QuerySelector($"[data-report='{postId}']"));
        Assert.Null(page.QuerySelector("[data-pending-tip], #waiting-tips-heading"));
        var other = await app.SignedInAsync(otherFacilitator);
        Assert.Null((await other.GetPageAsync("/moderation")).Document.QuerySelector($"[data-report='{postId}']"));
        var refused = await other.PostWithTokenAsync($"/moderation?handler=Report&kind=DiscussionPost&id={postId}", new Dictionary<string, string> { ["decision"] = "hide", ["Reason"] = "x" });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/moderation")).StatusCode);
    }

    [Fact]
    public async Task Hide_NeedsAReason_IsAuditedByIdWithoutWords_AndRestoreShowsItAgain()
    {
        const string words = "Words nobody should find in the audit";
        const string reason = "Shares where someone lives";
        var (organization, _, postId) = await GroupWithPostAsync(words);
        var member = await app.SignedInAsync(organization.Member);
        await member.SubmitFormAsync(ModerationArrangement.ReportPath("DiscussionPost", postId), Reason(ReportReason.SharesPrivateDetails));
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var card = $"[data-report='{postId}'] form";

        var noReason = await facilitator.SubmitFormAsync("/moderation", new Dictionary<string, string> { ["decision"] = "hide", ["Reason"] = "" }, card);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.NotNull((await noReason.ParseAsync()).QuerySelector(".error-summary"));
        Assert.Null(await app.InOrganizationAsync(organization, db => db.DiscussionPosts.Where(p => p.Id == postId).Select(p => p.HiddenAt).SingleAsync()));

        var hidden = await facilitator.SubmitFormAsync("/moderation", new Dictionary<string, string> { ["decision"] = "hide", ["Reason"] = reason }, card);
        Assert.Equal("/moderation?done=hidden", hidden.Headers.Location?.OriginalString);
        var post = await app.InOrganizationAsync(organization, db => db.DiscussionPosts.SingleAsync(p => p.Id == postId));
        Assert.NotNull(post.HiddenAt);
        Assert.Equal(reason, post.HiddenReason);
        Assert.Equal(organization.Facilitator.Id, post.HiddenByUserId);
        var report = await app.InOrganizationAsync(organization, db => db.MessageReports.SingleAsync());
        Assert.Equal(ReportOutcome.Hidden, report.Outcome);
        Assert.Equal(reason, report.ResolutionReason);

        var restored = await facilitator.SubmitFormAsync("/moderation", new Dictionary<string, string> { ["Reason"] = "Checked with the group" }, $"[data-hidden='{postId}'] form");
        Assert.Equal("/moderation?done=restored", restored.Headers.Location?.OriginalString);
        Assert.Null(await app.InOrganizationAsync(organization, db => db.DiscussionPosts.Where(p => p.Id == postId).Select(p => p.HiddenAt).SingleAsync()));

        // SEC-32: who, what, when — the subject is the message's id, never its words or the reason.
        var audit = await app.InOrganizationAsync(organization, db => db.AuditEvents.Where(a => a.Action.StartsWith("moderation.")).ToListAsync());
        Assert.Equal(
            [AuditActions.MessageHidden, AuditActions.MessageRestored, AuditActions.ReportResolved],
            audit.Select(a => a.Action).Order(StringComparer.Ordinal));
        Assert.All(audit, a => Assert.Equal(postId.ToString(), a.Subject));
        Assert.All(audit, a => Assert.Equal(organization.Facilitator.Id, a.ActorUserId));
        var everyAuditText = string.Join("|", await app.InOrganizationAsync(organization, db => db.AuditEvents.Select(a => a.Action + " " + a.Subject).ToListAsync()));
        Assert.DoesNotContain(words, everyAuditText, StringComparison.Ordinal);
        Assert.DoesNotContain(reason, everyAuditText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoModeratorsAtOnce_TheSecondIsToldItIsAlreadyHandled()
    {
        var (organization, _, postId) = await GroupWithPostAsync("Handled once");
        var member = await app.SignedInAsync(organization.Member);
        await member.SubmitFormAsync(ModerationArrangement.ReportPath("DiscussionPost", postId), Reason(ReportReason.Spam));
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var card = $"[data-report='{postId}'] form";
        var facilitatorForm = (IHtmlFormElement)(await facilitator.GetPageAsync("/moderation")).Document.QuerySelector(card)!;
        var coordinatorForm = (IHtmlFormElement)(await coordinator.GetPageAsync("/moderation")).Document.QuerySelector(card)!;

        var first = await facilitator.SubmitAsync(facilitatorForm, "/moderation", new Dictionary<string, string> { ["decision"] = "leave", ["Reason"] = "It is fine" });
        var second = await coordinator.SubmitAsync(coordinatorForm, "/moderation", new Dictionary<string, string> { ["decision"] = "hide", ["Reason"] = "Too much" });

        Assert.Equal("/moderation?done=left", first.Headers.Location?.OriginalString);
        Assert.Equal("/moderation?done=already", second.Headers.Location?.OriginalString);
        Assert.Null(await app.InOrganizationAsync(organization, db => db.DiscussionPosts.Where(p => p.Id == postId).Select(p => p.HiddenAt).SingleAsync()));
        Assert.Contains("Someone else already checked this one", await coordinator.MainTextAsync("/moderation?done=already"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MuteAndRemove_ApplyUntilTheirEnd_AndLiftingIsAudited()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var path = $"/groups/{group.Id}/discussion/people";
        Task<DiscussionRestrictionKind?> CurrentAsync() => app.InOrganizationAsync(organization, db =>
            DiscussionRestrictions.CurrentAsync(db, group.Id, organization.Member.Id, app.Clock.GetUtcNow().UtcDateTime));

        var muted = await facilitator.SubmitFormAsync(path, new Dictionary<string, string>
        {
            ["Form.UserId"] = organization.Member.Id.ToString(), ["Form.Kind"] = "Muted", ["Form.Reason"] = "Cooling down", ["Form.Days"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, muted.StatusCode);
        Assert.Equal(DiscussionRestrictionKind.Muted, await CurrentAsync());
        app.Clock.Advance(TimeSpan.FromDays(1).Add(TimeSpan.FromMinutes(1)));
        Assert.Null(await CurrentAsync());

        facilitator = await app.SignedInAsync(organization.Facilitator); // a day later, the old sign-in has timed out
        await facilitator.SubmitFormAsync(path, new Dictionary<string, string>
        {
            ["Form.UserId"] = organization.Member.Id.ToString(), ["Form.Kind"] = "Removed", ["Form.Reason"] = "Not safe now", ["Form.Days"] = "0",
        });
        Assert.Equal(DiscussionRestrictionKind.Removed, await CurrentAsync());
        var lifted = await facilitator.SubmitFormAsync(path, GroupArrangement.NoFields(), "[data-restriction] form");
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.Null(await CurrentAsync());

        var actions = await app.InOrganizationAsync(organization, db => db.AuditEvents.Where(a => a.Action.StartsWith("moderation.")).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.MemberMuted, AuditActions.MemberRemovedFromDiscussion, AuditActions.RestrictionLifted], actions.Order(StringComparer.Ordinal));

        // Only this group's facilitators and coordinators manage it.
        var member = await app.SignedInAsync(organization.Member);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(path)).StatusCode);
        var otherFacilitator = await app.SignedInAsync(await app.AddUserAsync(organization.Id, "Facilitator"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherFacilitator.GetAsync(path)).StatusCode);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(path)).StatusCode);
        var otherOrganization = await app.CreateOrganizationAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(otherOrganization.Coordinator)).GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task RemovedMember_CannotReportAPostOfThatDiscussion()
    {
        var (organization, group, postId) = await GroupWithPostAsync("Seen only by those inside");
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        await facilitator.SubmitFormAsync($"/groups/{group.Id}/discussion/people", new Dictionary<string, string>
        {
            ["Form.UserId"] = organization.Member.Id.ToString(), ["Form.Kind"] = "Removed", ["Form.Reason"] = "For now", ["Form.Days"] = "0",
        });
        var member = await app.SignedInAsync(organization.Member);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(ModerationArrangement.ReportPath("DiscussionPost", postId))).StatusCode);
    }
}
