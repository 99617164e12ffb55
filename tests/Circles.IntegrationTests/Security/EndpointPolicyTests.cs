using Circles.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Security;

/// <summary>SEC-18: deny by default. Every endpoint names a policy, or is on this reviewed list of anonymous ones.</summary>
[Collection(SharedApp.Name)]
public sealed class EndpointPolicyTests(SharedCirclesApp app)
{
    /// <summary>Also the anonymous part of <see cref="AuthorizationMatrixTests"/>' list of every route.</summary>
    internal static readonly HashSet<string> AnonymousAllowed =
    [
        "",                           // "/": the neutral front door
        "account/signin",             // signing in
        "account/signin/two-factor",  // second step; guarded by Identity's two-factor cookie
        "account/signin/passkey",     // signing in with a passkey: the passkey is the credential
        "account/signed-out",
        "account/deleted",            // after erasing one's account nobody is signed in (SEC-36)
        "account/reset",              // forgotten password, with a code from a coordinator (SEC-15)
        "join/{token?}",              // redeeming an invitation
        "language",                   // language switcher
        "safer-browsing",             // SEC-3 advice, for anyone
        "error",                      // SEC-24
        "status/{code:int}",          // friendly status pages
        "/exit",                      // SEC-2 quick exit must always work
        "/healthz",
        "/calendar/{token}.ics",      // private calendar feed: the secret token in the address is the credential
        // The HSDS read API: anonymous at the routing level because each organization's setting
        // (DirectoryApiAccess: public, or signed-in people of that organization only) decides, in
        // HsdsApiAccess, for every one of these; HsdsApiTests prove both settings.
        "/api/hsds/{slug}/",
        "/api/hsds/{slug}/services",
        "/api/hsds/{slug}/services/{id}",
        "/api/hsds/{slug}/service_at_locations",
        "/api/hsds/{slug}/service_at_locations/{id}",
        "/api/hsds/{slug}/organizations",
        "/api/hsds/{slug}/organizations/{id}",
        "/api/hsds/{slug}/taxonomies",
        "/api/hsds/{slug}/taxonomies/{id}",
        "/api/hsds/{slug}/taxonomy_terms",
        "/api/hsds/{slug}/taxonomy_terms/{id}",
        "/api/hsds/{slug}/{**rest}",  // any other API address: a JSON 404
        // The public pages (issue 15): anyone may read them, but only for an organization that
        // turned them on (404 otherwise, PublicSiteTests); no account, no cookie on reading.
        "public-site/{slug}",
        "public-site/{slug}/signs",
        "public-site/{slug}/help",
        "public-site/{slug}/self-check",
        "public-site/{slug}/volunteer",         // the volunteer form: anti-forgery and a per-address limit
        "public-site/{slug}/volunteer/thanks",
        "public-site/{slug}/stories",           // published public stories only, through StoryVisibility (issue 16)
        "public-site/{slug}/language",          // the public pages' language choice (no token, so reading sets no cookie)
        "public-site/{slug}/impact",            // issue 16: headline figures, aggregates only, small numbers suppressed, off unless turned on (PublicImpactTests)
    ];

    [Fact]
    public void EveryEndpoint_HasAPolicyOrIsListedAnonymous()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsStaticFile(e)).ToList();
        Assert.NotEmpty(endpoints);
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText ?? "";
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (anonymous && !AnonymousAllowed.Contains(route))
            {
                problems.Add($"{route} allows anonymous users but is not on the reviewed list");
            }
            else if (!anonymous && (policies.Count == 0 || policies.Any(string.IsNullOrEmpty)))
            {
                problems.Add($"{route} has no named authorization policy");
            }
        }
        Assert.Empty(problems);
    }

    /// <summary>
    /// wwwroot's files (MapStaticAssets): Circles' own CSS, scripts and icons, answered before
    /// authentication as UseStaticFiles did (FrontEndTests checks that they carry nothing else).
    /// </summary>
    internal static bool IsStaticFile(Microsoft.AspNetCore.Http.Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null;
}
