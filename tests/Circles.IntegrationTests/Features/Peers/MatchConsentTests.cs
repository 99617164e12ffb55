using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Notifications;
using Circles.Web.Features.Peers;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Peers;

/// <summary>Both sides accept before any contact; either can say no or end it, and the other is told kindly.</summary>
[Collection(SharedApp.Name)]
public sealed class MatchConsentTests(SharedCirclesApp app)
{
    private static Dictionary<string, string> Fields(params (string Key, string Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

    private async Task<List<NotificationKind>> NotificationsOfAsync(TestOrganization organization, TestUser user) =>
        await app.InOrganizationAsync(organization, db => db.Notifications.Where(n => n.UserId == user.Id).Select(n => n.Kind).ToListAsync());

    private async Task<List<string>> AuditOfAsync(TestOrganization organization, Guid matchId) =>
        await app.InOrganizationAsync(organization, db => db.AuditEvents.IgnoreQueryFilters()
            .Where(e => e.Subject == matchId.ToString()).OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Action).ToListAsync());

    [Fact]
    public async Task ChoosePeer_AsMember_ActiveOnlyOnceThePeerAccepts()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ProfileAsync(organization, organization.PeerSupporter, p => p.Topics = PeerTopics.Housing);
        var member = await app.SignedInAsync(organization.Member);
        await member.AskForPeerAsync(Fields(("Form.Topics", "Housing")));

        var (_, list) = await member.GetPageAsync("/peers");
        var card = list.QuerySelector(".candidate-list li")!;
        Assert.Contains(organization.PeerSupporter.UserName, card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Speaks your language: Español", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Happy to talk about housing", card.TextContent, StringComparison.Ordinal);

        var matchId = await app.ChooseAsync(organization, member, organization.Member, organization.PeerSupporter);
        var proposed = await app.MatchAsync(organization, matchId);
        Assert.Equal(PeerMatchStatus.Proposed, proposed.Status);
        Assert.NotNull(proposed.MemberAcceptedAt);
        Assert.Null(proposed.PeerAcceptedAt);
        Assert.Equal(organization.Member.Id, proposed.ProposedByUserId);
        Assert.Contains(NotificationKind.MatchProposed, await NotificationsOfAsync(organization, organization.PeerSupporter));
        var (_, waiting) = await member.GetPageAsync("/peers");
        Assert.Contains($"Waiting for {organization.PeerSupporter.UserName} to accept.", waiting.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(waiting.QuerySelectorAll("form[action$='handler=choose']"));

        var peer = await app.SignedInAsync(organization.PeerSupporter);
        var (_, peerPage) = await peer.GetPageAsync("/peers");
        Assert.Contains($"{organization.Member.UserName} would like to connect with you.", peerPage.Body!.TextContent, StringComparison.Ordinal);
        var accept = peerPage.QuerySelector($"form[action='/peers/matches/{matchId}?handler=accept']") as AngleSharp.Html.Dom.IHtmlFormElement;
        Assert.Equal(HttpStatusCode.Redirect, (await peer.SubmitAsync(accept!, "/peers", new Dictionary<string, string>())).StatusCode);

        var active = await app.MatchAsync(organization, matchId);
        Assert.Equal(PeerMatchStatus.Active, active.Status);
        Assert.NotNull(active.ActiveSince);
        Assert.Equal(PeerRequestStatus.Matched, await app.InOrganizationAsync(organization, db => db.PeerRequests.Where(r => r.Id == active.RequestId).Select(r => r.Status).SingleAsync()));
        Assert.Contains(NotificationKind.MatchStarted, await NotificationsOfAsync(organization, organization.Member));
        Assert.Contains(NotificationKind.MatchStarted, await NotificationsOfAsync(organization, organization.PeerSupporter));
        Assert.Equal([AuditActions.MatchProposed, AuditActions.MatchStarted], await AuditOfAsync(organization, matchId));
        var (_, connected) = await member.GetPageAsync("/peers");
        Assert.NotNull(connected.QuerySelector($"a[href='/messages/{matchId}']"));
    }

    [Fact]
    public async Task Decline_AsPeer_NeverActive_AndMemberCanChooseSomeoneElse()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ProfileAsync(organization, organization.PeerSupporter);
        var second = await app.NewPeerAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        await member.AskForPeerAsync();
        var matchId = await app.ChooseAsync(organization, member, organization.Member, organization.PeerSupporter);

        var peer = await app.SignedInAsync(organization.PeerSupporter);
        Assert.Equal(HttpStatusCode.Redirect, (await peer.PressAsync(matchId, "end")).StatusCode);

        var declined = await app.MatchAsync(organization, matchId);
        Assert.Equal(PeerMatchStatus.Declined, declined.Status);
        Assert.Null(declined.ActiveSince);
        Assert.Contains(NotificationKind.MatchEnded, await NotificationsOfAsync(organization, organization.Member));
        var (_, page) = await member.GetPageAsync("/peers");
        Assert.Contains("This suggestion was not taken up. That is okay — you can choose someone else.", page.Body!.TextContent, StringComparison.Ordinal);
        // The list is back, with the other peer to choose from.
        Assert.Contains(page.QuerySelectorAll("input[name=peerUserId]"), i => i.GetAttribute("value") == second.Id.ToString());
    }

    [Fact]
    public async Task End_AsMember_PeerIsThankedKindly()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.ActiveMatchAsync(organization, organization.Member, organization.PeerSupporter);
        var member = await app.SignedInAsync(organization.Member);

        Assert.Equal(HttpStatusCode.Redirect, (await member.PressAsync(matchId, "end")).StatusCode);

        var ended = await app.MatchAsync(organization, matchId);
        Assert.Equal((PeerMatchStatus.Ended, organization.Member.Id), (ended.Status, ended.EndedByUserId!.Value));
        Assert.NotNull(ended.EndedAt);
        Assert.Contains(NotificationKind.MatchEnded, await NotificationsOfAsync(organization, organization.PeerSupporter));
        Assert.DoesNotContain(NotificationKind.MatchEnded, await NotificationsOfAsync(organization, organization.Member));
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        var (_, page) = await peer.GetPageAsync("/peers");
        Assert.Contains($"A connection with {organization.Member.UserName} has ended. Thank you for the support you gave.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal([AuditActions.MatchEnded], await AuditOfAsync(organization, matchId));
    }

    [Fact]
    public async Task End_AsPeer_MemberIsToldTheyCanAskAgain()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.ActiveMatchAsync(organization, organization.Member, organization.PeerSupporter);
        var peer = await app.SignedInAsync(organization.PeerSupporter);

        Assert.Equal(HttpStatusCode.Redirect, (await peer.PressAsync(matchId, "end")).StatusCode);

        Assert.Equal(PeerMatchStatus.Ended, (await app.MatchAsync(organization, matchId)).Status);
        Assert.Contains(NotificationKind.MatchEnded, await NotificationsOfAsync(organization, organization.Member));
        var member = await app.SignedInAsync(organization.Member);
        var (_, page) = await member.GetPageAsync("/peers");
        Assert.Contains("This connection has ended. That is okay — you can ask for another peer at any time.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[action$='handler=ask']"));
    }

    [Fact]
    public async Task Propose_AsCoordinator_NeedsBothSides()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ProfileAsync(organization, organization.PeerSupporter, p => p.Availability = Availability.WeekdayEvenings);
        var member = await app.SignedInAsync(organization.Member);
        await member.AskForPeerAsync(Fields(("Form.Availability", "WeekdayEvenings")));
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var (_, requests) = await coordinator.GetPageAsync("/peers/requests");
        Assert.Contains("Free on weekday evenings, like you", requests.Body!.TextContent, StringComparison.Ordinal);
        var response = await coordinator.SubmitFormAsync("/peers/requests", new Dictionary<string, string>(), "form[action$='handler=propose']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var matchId = await app.InOrganizationAsync(organization, db => db.PeerMatches.Where(m => m.MemberUserId == organization.Member.Id).Select(m => m.Id).SingleAsync());
        var proposed = await app.MatchAsync(organization, matchId);
        Assert.Equal((PeerMatchStatus.Proposed, organization.Coordinator.Id, organization.Coordinator.Id), (proposed.Status, proposed.CoordinatorUserId!.Value, proposed.ProposedByUserId));
        Assert.Null(proposed.MemberAcceptedAt);
        Assert.Null(proposed.PeerAcceptedAt);
        Assert.Contains(NotificationKind.MatchProposed, await NotificationsOfAsync(organization, organization.Member));
        Assert.Contains(NotificationKind.MatchProposed, await NotificationsOfAsync(organization, organization.PeerSupporter));

        var peer = await app.SignedInAsync(organization.PeerSupporter);
        await peer.PressAsync(matchId, "accept");
        Assert.Equal(PeerMatchStatus.Proposed, (await app.MatchAsync(organization, matchId)).Status);
        var (_, memberPage) = await member.GetPageAsync("/peers");
        Assert.Contains("Nothing starts until you both accept.", memberPage.Body!.TextContent, StringComparison.Ordinal);

        await member.PressAsync(matchId, "accept");
        Assert.Equal(PeerMatchStatus.Active, (await app.MatchAsync(organization, matchId)).Status);
    }

    [Fact]
    public async Task Accept_BothAtTheSameMoment_OneWinsAndNothingIsHalfDone()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ProfileAsync(organization, organization.PeerSupporter);
        var member = await app.SignedInAsync(organization.Member);
        await member.AskForPeerAsync();
        var matchId = await app.ChooseAsync(organization, member, organization.Member, organization.PeerSupporter);

        // Two requests load the same match before either saves (the Version token decides).
        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();
        PeerMatchFlow FlowOf(IServiceScope scope)
        {
            var services = scope.ServiceProvider;
            services.GetRequiredService<Circles.Web.Data.CurrentOrganization>().Set(organization.Id);
            return ActivatorUtilities.CreateInstance<PeerMatchFlow>(services);
        }
        var flowOne = FlowOf(first);
        var flowTwo = FlowOf(second);
        var dbOne = first.ServiceProvider.GetRequiredService<Circles.Web.Data.CirclesDb>();
        var dbTwo = second.ServiceProvider.GetRequiredService<Circles.Web.Data.CirclesDb>();
        var one = await dbOne.PeerMatches.SingleAsync(m => m.Id == matchId);
        var two = await dbTwo.PeerMatches.SingleAsync(m => m.Id == matchId);

        await flowOne.AcceptAsync(one, organization.PeerSupporter.Id, CancellationToken.None);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => flowTwo.AcceptAsync(two, organization.PeerSupporter.Id, CancellationToken.None));

        Assert.Equal(PeerMatchStatus.Active, (await app.MatchAsync(organization, matchId)).Status);
        Assert.Single(await AuditOfAsync(organization, matchId), a => a == AuditActions.MatchStarted);
        // The losing acceptance took a place with the peer before it lost; that rolled back with it.
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.Where(p => p.UserId == organization.PeerSupporter.Id).Select(p => p.ActiveMatches).SingleAsync()));
    }

    [Fact]
    public async Task Withdraw_AsMember_RequestClosesAndWaitingProposalStops()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ProfileAsync(organization, organization.PeerSupporter);
        var member = await app.SignedInAsync(organization.Member);
        await member.AskForPeerAsync();
        var matchId = await app.ChooseAsync(organization, member, organization.Member, organization.PeerSupporter);

        var response = await member.SubmitFormAsync("/peers", new Dictionary<string, string>(), "form[action$='handler=withdraw']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PeerMatchStatus.Declined, (await app.MatchAsync(organization, matchId)).Status);
        Assert.Equal(PeerRequestStatus.Withdrawn, await app.InOrganizationAsync(organization, db => db.PeerRequests.Where(r => r.MemberUserId == organization.Member.Id).Select(r => r.Status).SingleAsync()));
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        var (_, peerPage) = await peer.GetPageAsync("/peers");
        Assert.Empty(peerPage.QuerySelectorAll($"form[action='/peers/matches/{matchId}?handler=accept']"));
    }

    [Fact]
    public async Task Ask_WithoutAKnownLanguage_KeepsWhatWasTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var response = await member.SubmitFormAsync("/peers", Fields(("Form.Language", "xx"), ("Form.Topics", "Money")), "form[action$='handler=ask']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.True(page.QuerySelector("input[name='Form.Topics'][value=Money]")!.HasAttribute("checked"));
        Assert.False(await app.InOrganizationAsync(organization, db => db.PeerRequests.AnyAsync()));
    }
}
