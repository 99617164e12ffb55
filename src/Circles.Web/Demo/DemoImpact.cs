using Circles.Web.Data;
using Circles.Web.Features.Organizations;

namespace Circles.Web.Demo;

/// <summary>
/// The demo shows the public impact page (issue 16) at /public-site/demo/impact, with the figures
/// of the demo's fictional groups; a real organization has it off until a coordinator turns it on.
/// </summary>
public static class DemoImpact
{
    public static async Task SeedAsync(CirclesDb db, Organization organization)
    {
        organization.PublicImpactEnabled = true;
        await db.SaveChangesAsync();
    }
}
