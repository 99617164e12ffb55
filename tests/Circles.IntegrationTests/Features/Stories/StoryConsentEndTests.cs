using System.Net;
using Circles.IntegrationTests.Features.PublicSite;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Stories;

namespace Circles.IntegrationTests.Features.Stories;

/// <summary>
/// Consent with an end date (issue 16, SEC-21): the story is shown to its audience through its
/// last day and to nobody from the next, on the fake clock, on every surface at once. A class of
/// its own because it moves its app's clock.
/// </summary>
public sealed class StoryConsentEndTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    [Fact]
    public async Task Story_ConsentEnds_ShownOnItsLastDay_GoneTheDayAfter_Everywhere()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var campaignId = await app.CreateCampaignAsync(organization);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var publicId = await app.PublishStoryAsync(organization, organization.Member, StoryAudience.Public, consentEndsOn: today, text: "Marker last day public");
        await app.PublishStoryAsync(organization, organization.Member, StoryAudience.Group, groupId: group.Id, consentEndsOn: today, text: "Marker last day group");
        await app.QuoteOnCampaignAsync(organization, campaignId, publicId);
        await app.FeatureOnPublicHomeAsync(organization, publicId);

        async Task<IReadOnlyList<(string Url, bool Shown)>> LookAsync()
        {
            // Signed in afresh at each look: the clock moves further than a session lasts.
            var coordinator = await app.SignedInAsync(organization.Coordinator);
            var member = await app.SignedInAsync(organization.Member);
            var results = new List<(string, bool)>();
            foreach (var (client, url, marker) in new[]
            {
                (coordinator, "/stories", "Marker last day public"),
                (coordinator, $"/stories/{publicId}", "Marker last day public"),
                (coordinator, $"/campaigns/{campaignId}", "Marker last day public"),
                (app.NewBrowser(), $"/public-site/{organization.Slug}", "Marker last day public"),
                (member, $"/groups/{group.Id}", "Marker last day group"),
            })
            {
                results.Add((url, (await (await client.GetAsync(url)).Content.ReadAsStringAsync()).Contains(marker, StringComparison.Ordinal)));
            }
            return results;
        }

        Assert.All(await LookAsync(), r => Assert.True(r.Shown, $"on its last day, morning: {r.Url}"));

        app.Clock.Advance(TimeSpan.FromHours(14.9)); // 23:54 UTC, still the last day
        Assert.All(await LookAsync(), r => Assert.True(r.Shown, $"on its last day, late: {r.Url}"));

        app.Clock.Advance(TimeSpan.FromMinutes(10)); // the next day
        Assert.All(await LookAsync(), r => Assert.False(r.Shown, $"the day after: {r.Url}"));
        var coordinatorNow = await app.SignedInAsync(organization.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinatorNow.GetAsync($"/stories/{publicId}")).StatusCode);
    }
}
