using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Peers;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Peers;

/// <summary>
/// A peer supporter's count of active matches (kept on their profile so matching reads it from the
/// row) follows every way a match begins or ends, and a connection never begins beyond the number
/// of people they said they can support.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PeerLoadTests(SharedCirclesApp app)
{
    private Task<int> ActiveMatchesOfAsync(TestOrganization organization, TestUser peer) =>
        app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.Where(p => p.UserId == peer.Id).Select(p => p.ActiveMatches).SingleAsync());

    private Task<int> CountedActiveMatchesAsync(TestOrganization organization, TestUser peer) =>
        app.InOrganizationAsync(organization, db => db.PeerMatches.CountAsync(m => m.PeerUserId == peer.Id && m.Status == PeerMatchStatus.Active));

    [Fact]
    public async Task AcceptThenEnd_AsPeerAndMember_CountFollowsTheMatchAndCoordinatorSeesIt()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ProfileAsync(organization, organization.PeerSupporter, p => p.Capacity = 2);
        var member = await app.SignedInAsync(organization.Member);
        await member.AskForPeerAsync();
        var matchId = await app.ChooseAsync(organization, member, organization.Member, organization.PeerSupporter);
        Assert.Equal(0, await ActiveMatchesOfAsync(organization, organization.PeerSupporter));

        var peer = await app.SignedInAsync(organization.PeerSupporter);
        Assert.Equal(HttpStatusCode.Redirect, (await peer.PressAsync(matchId, "accept")).StatusCode);
        Assert.Equal(PeerMatchStatus.Active, (await app.MatchAsync(organization, matchId)).Status);
        Assert.Equal(1, await ActiveMatchesOfAsync(organization, organization.PeerSupporter));
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var (_, supporters) = await coordinator.GetPageAsync("/peers/supporters");
        Assert.Contains("1 of 2", supporters.Body!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await member.PressAsync(matchId, "end")).StatusCode);
        Assert.Equal(PeerMatchStatus.Ended, (await app.MatchAsync(organization, matchId)).Status);
        Assert.Equal(0, await ActiveMatchesOfAsync(organization, organization.PeerSupporter));
        (_, supporters) = await coordinator.GetPageAsync("/peers/supporters");
        Assert.Contains("0 of 2", supporters.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_AsPeerWithNoRoomLeft_IsRefusedKindlyAndNothingChanges()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ProfileAsync(organization, organization.PeerSupporter, p => p.Capacity = 1);
        var member = await app.SignedInAsync(organization.Member);
        await member.AskForPeerAsync();
        var matchId = await app.ChooseAsync(organization, member, organization.Member, organization.PeerSupporter);
        // Before the peer answers, another connection of theirs begins and fills their one place.
        var someoneElse = await app.AddUserAsync(organization.Id, Roles.Member);
        await app.ActiveMatchAsync(organization, someoneElse, organization.PeerSupporter);

        var peer = await app.SignedInAsync(organization.PeerSupporter);
        var response = await peer.PressAsync(matchId, "accept");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/peers/matches/{matchId}?noRoom=true", response.Headers.Location!.OriginalString);
        var (_, page) = await peer.GetPageAsync(response.Headers.Location.OriginalString);
        Assert.Contains("you are already supporting as many people as you said you can", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var match = await app.MatchAsync(organization, matchId);
        Assert.Equal(PeerMatchStatus.Proposed, match.Status);
        Assert.Null(match.PeerAcceptedAt);
        Assert.Equal(1, await ActiveMatchesOfAsync(organization, organization.PeerSupporter));
        Assert.Equal(1, await CountedActiveMatchesAsync(organization, organization.PeerSupporter));
    }

    [Fact]
    public async Task Accept_AsMemberWhenThePeerFilledUp_IsToldThePeerHasNoRoom()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ProfileAsync(organization, organization.PeerSupporter, p => p.Capacity = 1);
        var member = await app.SignedInAsync(organization.Member);
        await member.AskForPeerAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        Assert.Equal(HttpStatusCode.Redirect,
            (await coordinator.SubmitFormAsync("/peers/requests", new Dictionary<string, string>(), "form[action$='handler=propose']")).StatusCode);
        var matchId = await app.InOrganizationAsync(organization, db => db.PeerMatches.Where(m => m.MemberUserId == organization.Member.Id).Select(m => m.Id).SingleAsync());
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        await peer.PressAsync(matchId, "accept");
        var someoneElse = await app.AddUserAsync(organization.Id, Roles.Member);
        await app.ActiveMatchAsync(organization, someoneElse, organization.PeerSupporter);

        var response = await member.PressAsync(matchId, "accept");

        var (_, page) = await member.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("the peer supporter has no room for someone new just now", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PeerMatchStatus.Proposed, (await app.MatchAsync(organization, matchId)).Status);
        Assert.Equal(1, await ActiveMatchesOfAsync(organization, organization.PeerSupporter));
    }

    [Fact]
    public async Task EraseAccount_AsSupportedMember_FreesThePeersPlace()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ProfileAsync(organization, organization.PeerSupporter, p => p.Capacity = 1);
        await app.ActiveMatchAsync(organization, organization.Member, organization.PeerSupporter);
        Assert.Equal(1, await ActiveMatchesOfAsync(organization, organization.PeerSupporter));

        var member = await app.SignedInAsync(organization.Member);
        var response = await member.SubmitFormAsync("/account/delete", new Dictionary<string, string>
        {
            ["Form.Password"] = CirclesApp.Password,
            ["Form.Understood"] = "true",
        });

        Assert.Equal("/account/deleted", response.Headers.Location!.OriginalString);
        Assert.Equal(0, await ActiveMatchesOfAsync(organization, organization.PeerSupporter));
        Assert.Equal(0, await CountedActiveMatchesAsync(organization, organization.PeerSupporter));
    }
}
