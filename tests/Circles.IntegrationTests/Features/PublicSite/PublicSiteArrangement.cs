using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.PublicSite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.PublicSite;

public static class PublicSiteArrangement
{
    /// <summary>Turns an organization's public pages on (and gives them a host name), as the settings page does.</summary>
    public static async Task TurnPublicPagesOnAsync(this CirclesApp app, TestOrganization organization, string? host = null, string? crisisLines = null)
    {
        await app.InOrganizationAsync(organization, async db =>
        {
            var row = await db.Organizations.FirstAsync();
            row.PublicSiteEnabled = true;
            row.PublicHost = host;
            if (crisisLines is not null)
            {
                row.CrisisLines = crisisLines;
            }
            await db.SaveChangesAsync();
        });
        PublicHostRouting.Forget(app.Services.GetRequiredService<IMemoryCache>());
    }
}
