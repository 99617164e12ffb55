using System.Text.Json.Nodes;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory.Api;

/// <summary>
/// Each organization's directory as the Open Referral HSDS 3.0 read API
/// (shared/hsds/schema/openapi.json) under /api/hsds/{slug}/: the base document, and services,
/// service_at_locations, organizations, taxonomies and taxonomy_terms as paged lists and by id.
/// </summary>
public static class HsdsApiEndpoints
{
    public const string HsdsVersion = "3.0";
    public const string OpenApiUrl = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

    /// <summary>Circles uses HSDS 3.0 as it is, with no profile: the profile is the specification itself.</summary>
    public const string Profile = "https://github.com/openreferral/specification/tree/3.0";

    public static void MapHsdsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/hsds/{slug}")
            // Anonymous at the routing level on purpose: the organization's DirectoryApiAccess
            // setting decides, in HsdsApiAccess, for every endpoint of the group.
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.HsdsApi)
            .AddEndpointFilter(HsdsApiAccess.FilterAsync);

        api.MapGet("/", BaseDocument);
        api.MapGet("/services", ServicesAsync);
        api.MapGet("/services/{id}", ServiceAsync);
        api.MapGet("/service_at_locations", ServiceAtLocationsAsync);
        api.MapGet("/service_at_locations/{id}", ServiceAtLocationAsync);
        api.MapGet("/organizations", OrganizationsAsync);
        api.MapGet("/organizations/{id}", OrganizationAsync);
        api.MapGet("/taxonomies", TaxonomiesAsync);
        api.MapGet("/taxonomies/{id}", TaxonomyAsync);
        api.MapGet("/taxonomy_terms", TaxonomyTermsAsync);
        api.MapGet("/taxonomy_terms/{id}", TaxonomyTermAsync);
        // Anything else under an API address is a JSON 404 too, not the site's HTML page.
        api.MapGet("/{**rest}", HsdsProblems.NotFound);
    }

    private static IResult BaseDocument() => HsdsJson.Ok(new JsonObject
    {
        ["version"] = HsdsVersion,
        ["profile"] = Profile,
        ["openapi_url"] = OpenApiUrl,
    });

    private static async Task<IResult> ServicesAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = HsdsListQuery.Parse(context.Request.Query);
        var directory = HsdsDirectory.Of(context);
        var services = directory.FilteredServices(query);
        var shape = query.Full ? HsdsShapes.ServiceFull : HsdsShapes.ServiceList;
        Func<IReadOnlyList<HsdsService>, Task<List<JsonObject>>> render = query.Minimal
            ? rows => Task.FromResult(rows.Select(HsdsDocumentWriter.Minimal).ToList())
            : rows => directory.Writer(cancellationToken).WriteAsync(shape, rows);
        if (query.Search is not { } words)
        {
            return await HsdsPage.ListAsync(services.OrderBy(s => s.Id), query, render, cancellationToken);
        }
        var ranks = await directory.RanksAsync(words, cancellationToken);
        var matched = ranks.Keys.ToList();
        var ids = await services.Where(s => EF.Parameter(matched).Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        var best = ids.OrderByDescending(id => ranks[id]).ThenBy(id => id, StringComparer.Ordinal).ToList();
        return await HsdsPage.ListInOrderAsync(best, directory.Set<HsdsService>(), query, render, cancellationToken);
    }

    private static async Task<IResult> ServiceAtLocationsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = HsdsListQuery.Parse(context.Request.Query);
        var directory = HsdsDirectory.Of(context);
        var links = directory.Set<HsdsServiceAtLocation>();
        if (HsdsDirectory.FiltersServices(query))
        {
            var services = directory.FilteredServices(query).Select(s => s.Id);
            links = links.Where(l => services.Contains(l.ServiceId!));
        }
        var shape = query.Full ? HsdsShapes.ServiceAtLocationFull : HsdsShapes.ServiceAtLocationList;
        Task<List<JsonObject>> Render(IReadOnlyList<HsdsServiceAtLocation> rows) => directory.Writer(cancellationToken).WriteAsync(shape, rows);
        if (query.Search is not { } words)
        {
            return await HsdsPage.ListAsync(links.OrderBy(l => l.Id), query, Render, cancellationToken);
        }
        // Each place where a service is offered ranks as its service does.
        var ranks = await directory.RanksAsync(words, cancellationToken);
        var matched = ranks.Keys.ToList();
        var found = await links.Where(l => EF.Parameter(matched).Contains(l.ServiceId!)).Select(l => new { l.Id, l.ServiceId }).ToListAsync(cancellationToken);
        var best = found.OrderByDescending(l => ranks[l.ServiceId!]).ThenBy(l => l.Id, StringComparer.Ordinal).Select(l => l.Id).ToList();
        return await HsdsPage.ListInOrderAsync(best, directory.Set<HsdsServiceAtLocation>(), query, Render, cancellationToken);
    }

    private static async Task<IResult> OrganizationsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = HsdsListQuery.Parse(context.Request.Query);
        var directory = HsdsDirectory.Of(context);
        var organizations = directory.Set<HsdsOrganization>();
        if (query.Search is { } words)
        {
            var text = words.ToLower();
            organizations = organizations.Where(o => o.Name!.ToLower().Contains(text) || o.Description!.ToLower().Contains(text));
        }
        var shape = query.Full || query.FullService ? HsdsShapes.OrganizationFull(query.FullService) : HsdsShapes.OrganizationList;
        return await HsdsPage.ListAsync(organizations.OrderBy(o => o.Id), query,
            rows => directory.Writer(cancellationToken).WriteAsync(shape, rows), cancellationToken);
    }

    private static async Task<IResult> TaxonomiesAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = HsdsListQuery.Parse(context.Request.Query);
        var directory = HsdsDirectory.Of(context);
        var taxonomies = directory.Set<HsdsTaxonomy>();
        if (query.Search is { } words)
        {
            var text = words.ToLower();
            taxonomies = taxonomies.Where(t => t.Name!.ToLower().Contains(text) || t.Description!.ToLower().Contains(text));
        }
        return await HsdsPage.ListAsync(taxonomies.OrderBy(t => t.Id), query,
            rows => directory.Writer(cancellationToken).WriteAsync(HsdsShapes.TaxonomyList, rows), cancellationToken);
    }

    private static async Task<IResult> TaxonomyTermsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = HsdsListQuery.Parse(context.Request.Query);
        var directory = HsdsDirectory.Of(context);
        var terms = directory.Set<HsdsTaxonomyTerm>();
        if (query.Search is { } words)
        {
            var text = words.ToLower();
            terms = terms.Where(t => t.Name!.ToLower().Contains(text) || t.Description!.ToLower().Contains(text) || t.Code!.ToLower().Contains(text));
        }
        if (query.TaxonomyId is { } taxonomyId)
        {
            terms = terms.Where(t => t.TaxonomyId == taxonomyId);
        }
        if (query.ParentId is { } parentId)
        {
            terms = terms.Where(t => t.ParentId == parentId);
        }
        if (query.TopOnly)
        {
            // The top of each hierarchy: terms without a parent.
            terms = terms.Where(t => t.ParentId == null || t.ParentId == "");
        }
        return await HsdsPage.ListAsync(terms.OrderBy(t => t.Id), query,
            rows => directory.Writer(cancellationToken).WriteAsync(HsdsShapes.TaxonomyTermList, rows), cancellationToken);
    }

    private static Task<IResult> ServiceAsync(HttpContext context, string id, CancellationToken cancellationToken) =>
        OneAsync<HsdsService>(context, id, HsdsShapes.ServiceFull, cancellationToken);

    private static Task<IResult> ServiceAtLocationAsync(HttpContext context, string id, CancellationToken cancellationToken) =>
        OneAsync<HsdsServiceAtLocation>(context, id, HsdsShapes.ServiceAtLocationFull, cancellationToken);

    private static Task<IResult> OrganizationAsync(HttpContext context, string id, CancellationToken cancellationToken) =>
        OneAsync<HsdsOrganization>(context, id, HsdsShapes.OrganizationFull(HsdsListQuery.Flag(context.Request.Query, "full_service")), cancellationToken);

    private static Task<IResult> TaxonomyAsync(HttpContext context, string id, CancellationToken cancellationToken) =>
        OneAsync<HsdsTaxonomy>(context, id, HsdsShapes.TaxonomyFull, cancellationToken);

    private static Task<IResult> TaxonomyTermAsync(HttpContext context, string id, CancellationToken cancellationToken) =>
        OneAsync<HsdsTaxonomyTerm>(context, id, HsdsShapes.TaxonomyTermFull, cancellationToken);

    private static async Task<IResult> OneAsync<TRecord>(HttpContext context, string id, HsdsShape shape, CancellationToken cancellationToken) where TRecord : class, IHsdsRecord
    {
        var directory = HsdsDirectory.Of(context);
        var record = await directory.Set<TRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return HsdsProblems.NotFound();
        }
        var documents = await directory.Writer(cancellationToken).WriteAsync(shape, [record]);
        return HsdsJson.Ok(documents[0]);
    }
}
