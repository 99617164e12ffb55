using Circles.Web.Data;
using Circles.Web.Features.Organizations;

namespace Circles.Web.Demo;

/// <summary>
/// The demo shows the public pages (issue 15) at /public-site/demo with their built-in texts; a real
/// organization has them off until a coordinator turns them on in the settings.
/// </summary>
public static class DemoPublicSite
{
    public static async Task SeedAsync(CirclesDb db, Organization organization)
    {
        organization.PublicSiteEnabled = true;
        await db.SaveChangesAsync();
    }
}
