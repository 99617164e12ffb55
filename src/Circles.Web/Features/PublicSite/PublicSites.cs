using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.PublicSite;

/// <summary>The organization whose public pages a request asks for, if they are turned on.</summary>
public sealed record PublicSiteInfo(Guid OrganizationId, string Slug, string Name, string? PublicHost, IReadOnlyList<string> CrisisLines);

/// <summary>
/// Finds the organization behind /public-site/{slug}/… (or behind its own host name, see
/// <see cref="PublicHostRouting"/>). Reads across organizations on purpose: the visitor has no
/// account, and a signed-in visitor of another organization must see the same public page.
/// </summary>
public sealed class PublicSites(CirclesDb db)
{
    /// <summary>Null when there is no such organization or its public pages are off: the page answers 404.</summary>
    public async Task<PublicSiteInfo?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await db.Organizations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Slug == slug && o.PublicSiteEnabled)
            .Select(o => new { o.Id, o.Slug, o.Name, o.PublicHost, o.CrisisLines })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new PublicSiteInfo(row.Id, row.Slug, row.Name, row.PublicHost,
                row.CrisisLines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
