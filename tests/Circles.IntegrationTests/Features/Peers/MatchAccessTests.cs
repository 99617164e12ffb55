using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Peers;

namespace Circles.IntegrationTests.Features.Peers;

/// <summary>
/// A match page is for its two people and the organization's coordinators; everyone else gets
/// 404, whether reading or pressing a button (SEC-19).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class MatchAccessTests(SharedCirclesApp app)
{
    [Fact]
    public async Task MatchPage_AsEachRole_OnlyItsPeopleAndCoordinatorsSeeIt()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var matchId = await app.ActiveMatchAsync(organization, member, organization.PeerSupporter);
        var otherMember = organization.Member;
        var otherPeer = await app.AddUserAsync(organization.Id, Roles.PeerSupporter);

        foreach (var (user, expected) in new[]
        {
            (member, HttpStatusCode.OK),
            (organization.PeerSupporter, HttpStatusCode.OK),
            (organization.Coordinator, HttpStatusCode.OK),
            (otherMember, HttpStatusCode.NotFound),
            (otherPeer, HttpStatusCode.NotFound),
            (organization.Facilitator, HttpStatusCode.NotFound),
            (organization.Volunteer, HttpStatusCode.NotFound),
            (organization.Partner, HttpStatusCode.NotFound),
        })
        {
            var client = await app.SignedInAsync(user);
            Assert.True(expected == (await client.GetAsync($"/peers/matches/{matchId}")).StatusCode, $"{user.UserName} ({string.Join(",", user.Roles)})");
        }
    }

    [Fact]
    public async Task MatchPage_AnotherOrganizationsMatch_IsNotFound()
    {
        var organization = await app.CreateOrganizationAsync();
        var elsewhere = await app.CreateOrganizationAsync();
        var foreignMatch = await app.ActiveMatchAsync(elsewhere, elsewhere.Member, elsewhere.PeerSupporter);

        var coordinator = await app.SignedInAsync(organization.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/peers/matches/{foreignMatch}")).StatusCode);
    }

    [Fact]
    public async Task EndAndAccept_AsSomeoneElse_NotFoundAndNothingChanges()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var matchId = await app.ActiveMatchAsync(organization, member, organization.PeerSupporter);
        // The other member borrows a form of their own (/peers) for a valid antiforgery token.
        var intruder = await app.SignedInAsync(organization.Member);
        var (_, page) = await intruder.GetPageAsync("/peers");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action$='handler=ask']")!;
        form.Action = $"/peers/matches/{matchId}?handler=end";

        var response = await intruder.SubmitAsync(form, "/peers", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(PeerMatchStatus.Active, (await app.MatchAsync(organization, matchId)).Status);
    }

    [Fact]
    public async Task Choose_APeerWhoIsNotACandidate_NotFound()
    {
        var organization = await app.CreateOrganizationAsync();
        var englishOnly = await app.NewPeerAsync(organization, languages: "en");
        await app.ProfileAsync(organization, organization.PeerSupporter);
        var member = await app.SignedInAsync(organization.Member);
        await member.AskForPeerAsync();
        var (_, page) = await member.GetPageAsync("/peers");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action$='handler=choose']")!;

        var response = await member.SubmitAsync(form, "/peers", new Dictionary<string, string> { ["peerUserId"] = englishOnly.Id.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.PeerMatches)));
    }
}
