using Circles.IntegrationTests.Features.Needs;
using Circles.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>
/// The gap analysis: needs per community, category and language against verified services that
/// serve that community in that language; gaps marked in words; sortable with plain links.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class GapAnalysisTests(SharedCirclesApp app)
{
    private static async Task<AngleSharp.Dom.IElement?> RowAsync(HttpClient coordinator, string key, string query = "")
    {
        var page = await (await coordinator.GetAsync("/directory/gaps" + query)).ParseAsync();
        return page.QuerySelector($"[data-gap-row='{key}']");
    }

    [Fact]
    public async Task Gap_IsMarked_AndClearsOnlyWhenAVerifiedMatchingServiceExists()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        await (await app.SignedInAsync(organization.Member)).RaiseNeedAsync("Legal", language: "es", community: group.CommunityId);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var row = await RowAsync(coordinator, "Legal:es");
        Assert.Equal("true", row!.GetAttribute("data-is-gap"));
        Assert.Contains("Gap: no verified service", row.TextContent, StringComparison.Ordinal);

        // Services that do not count: wrong language, another community, not verified, verification overdue, another category.
        await app.CreateServiceAsync(organization, "English Legal", languageCode: "en", communities: [group.CommunityId]);
        await app.CreateServiceAsync(organization, "Elsewhere Legal", languageCode: "es", communities: []);
        await app.CreateServiceAsync(organization, "Unverified Legal", languageCode: "es", verifiedDaysAgo: null, communities: [group.CommunityId]);
        await app.CreateServiceAsync(organization, "Stale Legal", languageCode: "es", verifiedDaysAgo: 400, communities: [group.CommunityId]);
        await app.CreateServiceAsync(organization, "Spanish Housing", languageCode: "es", term: "Trafficking-informed housing", communities: [group.CommunityId]);
        Assert.Equal("true", (await RowAsync(coordinator, "Legal:es"))!.GetAttribute("data-is-gap"));

        // A verified service for that community in Spanish, with a term naming immigration legal aid.
        await app.CreateServiceAsync(organization, "Ayuda Legal", languageCode: "spa", term: "T-visa and immigration legal aid", communities: [group.CommunityId]);

        row = await RowAsync(coordinator, "Legal:es");
        Assert.Equal("false", row!.GetAttribute("data-is-gap"));
        Assert.Contains("Ayuda Legal", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Stale Legal", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Covered", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceWithoutTerms_IsJudgedByItsName_AndOverdueVerificationFollowsTheSetting()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        await (await app.SignedInAsync(organization.Member)).RaiseNeedAsync("Counselling", language: "ar", community: group.CommunityId);
        await app.CreateServiceAsync(organization, "Counselling with interpreters", languageCode: "ar", term: null, verifiedDaysAgo: 100, communities: [group.CommunityId]);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        Assert.Equal("false", (await RowAsync(coordinator, "Counselling:ar"))!.GetAttribute("data-is-gap"));

        await app.InOrganizationAsync(organization, async db =>
        {
            (await db.Organizations.SingleAsync()).ReverifyServicesAfterMonths = 3;
            return await db.SaveChangesAsync();
        });

        Assert.Equal("true", (await RowAsync(coordinator, "Counselling:ar"))!.GetAttribute("data-is-gap"));
    }

    [Fact]
    public async Task Table_SortsWithLinks_ByNeedsAndByCategory()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        await member.RaiseNeedAsync("Money");
        await member.RaiseNeedAsync("Housing");
        await member.RaiseNeedAsync("Housing");
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var byNeeds = await (await coordinator.GetAsync("/directory/gaps?sort=needs&dir=desc")).ParseAsync();
        Assert.Equal(["Housing:en", "Money:en"], byNeeds.QuerySelectorAll("[data-gap-row]").Select(r => r.GetAttribute("data-gap-row")!));
        Assert.Equal("descending", byNeeds.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        Assert.Equal("/directory/gaps?sort=needs&dir=asc", byNeeds.QuerySelector("th[aria-sort] a")!.GetAttribute("href"));

        var byCategory = await (await coordinator.GetAsync("/directory/gaps?sort=category&dir=desc")).ParseAsync();
        Assert.Equal(["Money:en", "Housing:en"], byCategory.QuerySelectorAll("[data-gap-row]").Select(r => r.GetAttribute("data-gap-row")!)); // "Money" after "A place to live"
    }

    [Fact]
    public async Task Analysis_OfAnotherOrganization_CountsNothingOfOurs()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        await (await app.SignedInAsync(ours.Member)).RaiseNeedAsync("Legal");

        var page = await (await (await app.SignedInAsync(theirs.Coordinator)).GetAsync("/directory/gaps")).ParseAsync();

        Assert.Empty(page.QuerySelectorAll("[data-gap-row]"));
    }
}
