using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory.Api;

/// <summary>
/// Who may read an organization's HSDS API is that organization's setting
/// (<see cref="Organization.DirectoryApiAccess"/>), so the endpoints allow anonymous requests and
/// this filter decides: Public → anyone; SignedInOnly → people signed in to that organization
/// (401 when not signed in, 404 for another organization's people, as for any of its records);
/// an unknown organization → 404.
/// </summary>
internal static class HsdsApiAccess
{
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var slug = context.GetRouteValue("slug") as string ?? "";
        var db = context.RequestServices.GetRequiredService<CirclesDb>();
        var organization = await db.Organizations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Slug == slug)
            .Select(o => new { o.Id, o.DirectoryApiAccess })
            .FirstOrDefaultAsync(context.RequestAborted);
        if (organization is null)
        {
            return HsdsProblems.NotFound();
        }
        var isPublic = organization.DirectoryApiAccess == DirectoryApiAccess.Public;
        if (!isPublic)
        {
            var reader = context.User.Identity?.IsAuthenticated == true ? context.User.GetOrganizationId() : null;
            if (reader is null)
            {
                return HsdsProblems.SignInNeeded();
            }
            if (reader != organization.Id)
            {
                return HsdsProblems.NotFound();
            }
        }

        var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.Response.RegisterForDisposeAsync(scope);
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        new HsdsDirectory(
            organization.Id,
            scope.ServiceProvider.GetRequiredService<CirclesDb>(),
            scope.ServiceProvider.GetRequiredService<DirectorySearch>()).AttachTo(context);

        if (isPublic)
        {
            // Anyone may read a public directory, so other sites' scripts may too. "*" never lets a
            // browser send cookies along, so it cannot read anything as the visitor's account; a
            // signed-in-only directory gets no CORS header, and other sites cannot read it at all.
            context.Response.Headers.AccessControlAllowOrigin = "*";
        }
        // Shared caches may keep a public directory briefly; anything read with a session is never
        // stored (SEC-4), so a shared phone keeps no trace of it.
        context.Response.Headers.CacheControl = isPublic && context.User.Identity?.IsAuthenticated != true
            ? "public, max-age=60"
            : "no-store";

        try
        {
            return await next(invocation);
        }
        catch (HsdsBadRequestException problem)
        {
            context.Response.Headers.CacheControl = "no-store";
            return HsdsProblems.BadRequest(problem.Message);
        }
    }
}

/// <summary>The API's error answers: problem JSON with a plain message, never a stack trace or an HTML page.</summary>
internal static class HsdsProblems
{
    public static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is nothing at this address.");

    public static IResult SignInNeeded() =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in needed", detail: "This directory is open to its organization's signed-in people only.");

    public static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);
}
