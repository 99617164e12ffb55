using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;

namespace Circles.IntegrationTests.Features.Peers;

/// <summary>Ranking asks the database the same number of times for 2 peer supporters as for 22 (no query per candidate).</summary>
public sealed class PeerMatchingQueryCountTests(CommandCountingApp app) : IClassFixture<CommandCountingApp>
{
    [Fact]
    public async Task PeersPage_MoreCandidates_SameNumberOfQueries()
    {
        var organization = await app.CreateOrganizationAsync();
        async Task AddPeersAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var peer = await app.NewPeerAsync(organization);
                // Some carry load, so the grouped count has rows to count.
                if (i % 2 == 0)
                {
                    await app.ActiveMatchAsync(organization, await app.AddUserAsync(organization.Id, Roles.Member), peer);
                }
            }
        }
        await AddPeersAsync(2);
        var member = await app.SignedInAsync(organization.Member);
        await member.AskForPeerAsync();
        await member.GetAsync("/peers");

        var before = app.Commands;
        var (_, few) = await member.GetPageAsync("/peers");
        var withFew = app.Commands - before;
        await AddPeersAsync(20);
        before = app.Commands;
        var (_, many) = await member.GetPageAsync("/peers");
        var withMany = app.Commands - before;

        Assert.Equal(2, few.QuerySelectorAll(".candidate-list > li").Length);
        Assert.Equal(5, many.QuerySelectorAll(".candidate-list > li").Length);
        Assert.True(withFew > 0);
        Assert.Equal(withFew, withMany);
    }
}
