using Circles.Web.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Circles.Web.Features.PublicSite;

/// <summary>
/// An organization may serve its public pages under its own host name (Organization.PublicHost),
/// so that the address of Circles itself never appears beside them. A request whose Host is such
/// a name is served that organization's section at "/", "/signs", … (rewritten to /public-site/{slug}/…);
/// every other page of Circles answers 404 there, so sign-in and the members' pages are never
/// served under a name that says what the organization works on. Static files (served before
/// this middleware, in the first routing step) and quick exit keep working.
/// </summary>
public static class PublicHostRouting
{
    /// <summary>Set on requests that came in under an organization's public host name, to the path as it came in.</summary>
    public const string ServedUnderHostKey = "circles:public-host";

    /// <summary>The paths of the section, relative to its home; the same list the pages' routes use.</summary>
    public static readonly IReadOnlyList<string> SectionPaths = ["", "/signs", "/help", "/volunteer", "/volunteer/thanks", "/self-check", "/language", "/impact", "/stories"];

    private static readonly string[] AlsoServed = ["/exit"];

    private const string CacheKey = "circles:public-hosts";

    public static IApplicationBuilder UsePublicHosts(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // A status page re-executed for this request (e.g. /status/404) is already on its way out.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                await next(context);
                return;
            }
            var hosts = await HostsAsync(context.RequestServices, context.RequestAborted);
            if (!hosts.TryGetValue(context.Request.Host.Host, out var slug))
            {
                await next(context);
                return;
            }
            var path = context.Request.Path.Value?.TrimEnd('/') ?? "";
            if (SectionPaths.Contains(path, StringComparer.OrdinalIgnoreCase))
            {
                context.Items[ServedUnderHostKey] = path.Length == 0 ? "/" : path;
                context.Request.Path = "/public-site/" + slug + path;
                // The first routing step (where static files answer) matched the path as it came
                // in; forget that match, so that the second one matches the rewritten path.
                context.SetEndpoint(null);
                context.Request.RouteValues.Clear();
            }
            else if (!AlsoServed.Contains(path, StringComparer.OrdinalIgnoreCase))
            {
                // A bare 404: not even Circles' own "page not found" page under this name.
                if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
                {
                    statusPages.Enabled = false;
                }
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(context);
        });

    /// <summary>Forget the cached host names (after the settings page saved one).</summary>
    public static void Forget(IMemoryCache cache) => cache.Remove(CacheKey);

    /// <summary>Host name → slug, of the organizations that have one; cached for a minute (other nodes notice a change within it).</summary>
    private static async Task<IReadOnlyDictionary<string, string>> HostsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var cache = services.GetRequiredService<IMemoryCache>();
        if (cache.TryGetValue(CacheKey, out IReadOnlyDictionary<string, string>? hosts) && hosts is not null)
        {
            return hosts;
        }
        var db = services.GetRequiredService<CirclesDb>();
        var rows = await db.Organizations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.PublicHost != null)
            .Select(o => new { Host = o.PublicHost!, o.Slug })
            .ToListAsync(cancellationToken);
        hosts = rows.ToDictionary(r => r.Host, r => r.Slug, StringComparer.OrdinalIgnoreCase);
        cache.Set(CacheKey, hosts, TimeSpan.FromMinutes(1));
        return hosts;
    }
}
