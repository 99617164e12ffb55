using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Partners;

/// <summary>
/// Decision 0016: the free-text trusted leaders of a community become community-leader partners
/// linked to it, once (idempotent), and the community page shows those links.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class TrustedLeadersConversionTests(SharedCirclesApp app)
{
    private async Task<int> ConvertAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        return await TrustedLeadersConversion.RunAsync(db, app.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
    }

    [Fact]
    public async Task TwoLines_BecomeTwoLinkedCommunityLeaders_Once()
    {
        var organization = await app.CreateOrganizationAsync();
        var hillside = await app.CreateCommunityAsync(organization, "Hillside", "Pastor Ana, Riverside church\n  \nMr Okafor, tenants' association\n");
        var riverside = await app.CreateCommunityAsync(organization, "Riverside", "Pastor Ana, Riverside church");

        Assert.Equal(2, await ConvertAsync());
        Assert.Equal(0, await ConvertAsync());

        var partners = await app.WithDbAsync(organization, db => db.Partners.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Kind }).ToListAsync());
        Assert.Equal(["Mr Okafor, tenants' association", "Pastor Ana, Riverside church"], partners.Select(p => p.Name));
        Assert.All(partners, p => Assert.Equal(PartnerKind.CommunityLeader, p.Kind));
        var links = await app.WithDbAsync(organization, db => db.PartnerCommunities.Select(l => new { l.PartnerId, l.CommunityId }).ToListAsync());
        Assert.Equal(3, links.Count);
        Assert.Equal(2, links.Count(l => l.CommunityId == hillside));
        var texts = await app.WithDbAsync(organization, db => db.Communities.Select(c => c.TrustedLeaders).ToListAsync());
        Assert.All(texts, t => Assert.Equal("", t));

        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var (response, page) = await coordinator.GetPageAsync($"/communities/{riverside}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#Form_TrustedLeaders"));
        Assert.Equal(["Pastor Ana, Riverside church"], page.QuerySelectorAll("[data-community-partners] a").Select(a => a.TextContent.Trim()));
    }
}
