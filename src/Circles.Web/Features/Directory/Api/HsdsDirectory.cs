using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory.Api;

/// <summary>
/// One organization's directory as the API reads it, after <see cref="HsdsApiAccess"/> let the
/// request in. The request may be anonymous or signed in to another organization, so every query
/// names the organization explicitly; the database context and search come from a scope of their
/// own whose current organization is this one, so the tenant filters agree.
/// </summary>
internal sealed class HsdsDirectory(Guid organizationId, CirclesDb db, DirectorySearch search)
{
    private const string ItemKey = "circles:hsds-directory";

    public Guid OrganizationId { get; } = organizationId;
    public CirclesDb Db { get; } = db;

    public static HsdsDirectory Of(HttpContext context) => (HsdsDirectory)context.Items[ItemKey]!;

    public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;

    public IQueryable<TRecord> Set<TRecord>() where TRecord : class, IHsdsRecord =>
        Db.Set<TRecord>().Where(r => r.OrganizationId == OrganizationId);

    public HsdsDocumentWriter Writer(CancellationToken cancellationToken) => new(Db, OrganizationId, cancellationToken);

    /// <summary>Services that pass the filters of the query, search aside.</summary>
    public IQueryable<HsdsService> FilteredServices(HsdsListQuery query)
    {
        var services = Set<HsdsService>();
        if (query.OrganizationId is { } directoryOrganizationId)
        {
            services = services.Where(s => s.DirectoryOrganizationId == directoryOrganizationId);
        }
        if (query.ModifiedAfter is { } modifiedAfter)
        {
            services = services.Where(s => s.LastModified >= modifiedAfter);
        }
        if (query.TaxonomyTermId is { } termId)
        {
            var tagged = ServiceAttributes().Where(a => a.TaxonomyTermId == termId).Select(a => a.LinkId);
            services = services.Where(s => tagged.Contains(s.Id));
        }
        if (query.TaxonomyId is { } taxonomyId)
        {
            var terms = Set<HsdsTaxonomyTerm>().Where(t => t.TaxonomyId == taxonomyId).Select(t => t.Id);
            var tagged = ServiceAttributes().Where(a => terms.Contains(a.TaxonomyTermId!)).Select(a => a.LinkId);
            services = services.Where(s => tagged.Contains(s.Id));
        }
        return services;
    }

    /// <summary>Whether any filter on services is set (service_at_locations then keep only those of matching services).</summary>
    public static bool FiltersServices(HsdsListQuery query) =>
        query.OrganizationId is not null || query.ModifiedAfter is not null || query.TaxonomyTermId is not null || query.TaxonomyId is not null;

    /// <summary>
    /// The rank of every service matching the words (higher is better), as DirectorySearch ranks
    /// them. Read into memory so that ordering and paging work whatever query search builds.
    /// </summary>
    public async Task<Dictionary<string, double>> RanksAsync(string words, CancellationToken cancellationToken) =>
        (await search.Matching(words).ToListAsync(cancellationToken))
            .GroupBy(m => m.ServiceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(m => m.Rank), StringComparer.Ordinal);

    private IQueryable<HsdsAttribute> ServiceAttributes() =>
        Set<HsdsAttribute>().Where(a => a.LinkEntity == null || a.LinkEntity == "" || a.LinkEntity == "service");
}
