using Circles.IntegrationTests.Infrastructure;
using static Circles.IntegrationTests.Features.Impact.ImpactArrangement;

namespace Circles.IntegrationTests.Features.Impact;

/// <summary>The dashboard asks the database the same number of times for one group as for many, with or without a community chosen (aggregate queries, no query per row).</summary>
public sealed class ImpactQueryCountTests(CommandCountingApp app) : IClassFixture<CommandCountingApp>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Dashboard_MoreGroupsSessionsAndPeople_SameNumberOfQueries(bool oneCommunity)
    {
        var organization = await app.CreateOrganizationAsync();
        var community = await app.AddCommunityAsync(organization, "North");
        async Task AddAsync(int groups)
        {
            for (var g = 0; g < groups; g++)
            {
                var people = await app.AddPeopleAsync(organization, 6);
                var group = await app.AddGroupAsync(organization, community, "Group " + Guid.NewGuid().ToString("N")[..4], people);
                await app.AddHeldSessionAsync(organization, group, Utc(2026, 9, 10), people);
                await app.AddHeldSessionAsync(organization, group, Utc(2026, 10, 10), people);
            }
        }
        var url = oneCommunity ? $"/impact?community={community}" : "/impact";
        await AddAsync(1);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        await coordinator.GetAsync(url);

        var before = app.Commands;
        await coordinator.GetAsync(url);
        var withFew = app.Commands - before;
        await AddAsync(4);
        await app.AddCommunityAsync(organization, "South");
        before = app.Commands;
        var response = await coordinator.GetAsync(url);
        var withMany = app.Commands - before;

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(withFew > 0);
        Assert.Equal(withFew, withMany);
    }
}
