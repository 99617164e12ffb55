using Circles.Web.Data;
using Circles.Web.Features.Impact;
using Circles.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.PublicSite;

/// <summary>
/// The optional public impact page: four headline figures of the last 12 complete months
/// (<see cref="ImpactHeadlines"/>), aggregates only, a figure resting on fewer than 5 people read
/// as "fewer than 5" (SEC-34), people who opted out of counting not counted. 404 unless the public
/// pages and the impact page are both on.
/// </summary>
[AllowAnonymous]
public sealed class ImpactModel(PublicSites sites, CirclesDb db, IServiceScopeFactory scopes, TimeProvider clock) : PublicPageModel(sites)
{
    public ImpactHeadlines Headlines { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var enabled = await db.Organizations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Id == Site.OrganizationId)
            .Select(o => o.PublicImpactEnabled)
            .FirstOrDefaultAsync(cancellationToken);
        if (!enabled)
        {
            return NotFound();
        }
        // A fresh scope for the organization of this page: a signed-in visitor of another
        // organization must see this organization's figures, and only them (tenant filter).
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(Site.OrganizationId);
        var organizationDb = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        Headlines = await ImpactHeadlines.LastTwelveMonthsAsync(organizationDb, clock.UtcToday(), cancellationToken);
        return Page();
    }
}
