using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Peers;

namespace Circles.IntegrationTests.Features.Peers;

/// <summary>Who may be offered to a member at all: the filters of the one candidate query, on both databases.</summary>
[Collection(SharedApp.Name)]
public sealed class PeerCandidateTests(SharedCirclesApp app)
{
    private static PeerWish Spanish(TestUser member) => new(member.Id, "es");

    [Fact]
    public async Task Rank_PeerWithoutTheLanguage_IsNeverOffered()
    {
        var organization = await app.CreateOrganizationAsync();
        var spanish = await app.NewPeerAsync(organization, languages: "es");
        // A perfect fit in every other way, but only English.
        var english = await app.NewPeerAsync(organization, p => { p.Topics = PeerTopics.Housing; p.Gender = PeerGender.Woman; }, "en");

        var ranked = await app.RankAsync(organization, Spanish(organization.Member) with { Topics = PeerTopics.Housing, PreferredGender = PeerGender.Woman });

        Assert.Contains(ranked, r => r.UserId == spanish.Id);
        Assert.DoesNotContain(ranked, r => r.UserId == english.Id);
    }

    [Fact]
    public async Task Rank_PausedAtCapacityOrWithoutProfile_AreLeftOut()
    {
        var organization = await app.CreateOrganizationAsync();
        var fine = await app.NewPeerAsync(organization);
        var paused = await app.NewPeerAsync(organization, p => p.PausedAt = app.Clock.GetUtcNow().UtcDateTime);
        var full = await app.NewPeerAsync(organization, p => p.Capacity = 1);
        await app.ActiveMatchAsync(organization, await app.AddUserAsync(organization.Id, Circles.Web.Accounts.Roles.Member), full);
        var noProfile = await app.AddUserAsync(organization.Id, Circles.Web.Accounts.Roles.PeerSupporter);

        var ranked = await app.RankAsync(organization, Spanish(organization.Member));

        Assert.Equal([fine.Id], ranked.Select(r => r.UserId));
        Assert.DoesNotContain(ranked, r => r.UserId == paused.Id || r.UserId == full.Id || r.UserId == noProfile.Id);
    }

    [Fact]
    public async Task Rank_BlockedEitherWay_IsLeftOut()
    {
        var organization = await app.CreateOrganizationAsync();
        var blockedByMember = await app.NewPeerAsync(organization);
        var blockedTheMember = await app.NewPeerAsync(organization);
        var fine = await app.NewPeerAsync(organization);
        await app.BlockAsync(organization, organization.Member, blockedByMember);
        await app.BlockAsync(organization, blockedTheMember, organization.Member);

        var ranked = await app.RankAsync(organization, Spanish(organization.Member));

        Assert.Equal([fine.Id], ranked.Select(r => r.UserId));
    }

    [Fact]
    public async Task Rank_ThemselvesOrAnExistingMatch_IsLeftOut()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ProfileAsync(organization, organization.PeerSupporter);
        var other = await app.NewPeerAsync(organization);
        await app.ActiveMatchAsync(organization, organization.Member, other);

        var forMember = await app.RankAsync(organization, Spanish(organization.Member));
        Assert.Equal([organization.PeerSupporter.Id], forMember.Select(r => r.UserId));
        // A peer supporter asking for a peer themselves is not offered to themselves.
        var forPeer = await app.RankAsync(organization, Spanish(organization.PeerSupporter));
        Assert.Equal([other.Id], forPeer.Select(r => r.UserId));
    }

    [Fact]
    public async Task Rank_LighterLoad_RanksHigher_AndSaysSo()
    {
        var organization = await app.CreateOrganizationAsync();
        var busy = await app.NewPeerAsync(organization, p => p.Capacity = 3);
        var free = await app.NewPeerAsync(organization, p => p.Capacity = 3);
        await app.ActiveMatchAsync(organization, await app.AddUserAsync(organization.Id, Circles.Web.Accounts.Roles.Member), busy);

        var ranked = await app.RankAsync(organization, Spanish(organization.Member));

        Assert.Equal([free.Id, busy.Id], ranked.Select(r => r.UserId));
        var load = ranked[1].Reasons.Single(r => r.Kind == MatchReasonKind.Load);
        Assert.Equal((1, 2), (load.Active, load.Room));
    }

    [Fact]
    public async Task Rank_AnotherOrganizationsPeers_AreNeverOffered()
    {
        var organization = await app.CreateOrganizationAsync();
        var elsewhere = await app.CreateOrganizationAsync();
        await app.ProfileAsync(elsewhere, elsewhere.PeerSupporter);

        Assert.Empty(await app.RankAsync(organization, Spanish(organization.Member)));
    }
}
