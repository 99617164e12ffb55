using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Safety;

/// <summary>
/// SEC-2: quick exit. A GET on purpose, so that a plain link, a script's
/// <c>location.replace</c> and a keyboard shortcut all reach it; it only ever ends the session.
/// It signs out, ends the server-side session, tells the browser to clear this site's cache,
/// cookies and storage, and sends the person to a neutral site without a Referer.
/// </summary>
public static class ExitEndpoint
{
    public static void MapExit(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/exit", ExitAsync).AllowAnonymous().DisableAntiforgery();

    private static async Task<IResult> ExitAsync(HttpContext context, CirclesDb db, IConfiguration configuration, TimeProvider clock, PrivateSpace.PersonalKeys personalKeys)
    {
        var exitUrl = configuration["Discreet:ExitUrl"] ?? "https://www.bbc.co.uk/weather";
        var user = context.User;
        if (user.GetOrganizationId() is { } organizationId)
        {
            var organizationExit = await db.Organizations.IgnoreQueryFilters()
                .Where(o => o.Id == organizationId).Select(o => o.ExitUrl).FirstOrDefaultAsync(context.RequestAborted);
            if (!string.IsNullOrWhiteSpace(organizationExit))
            {
                exitUrl = organizationExit;
            }
            if (user.GetSessionId() is { } sessionId && user.GetUserId() is { } userId)
            {
                await db.UserSessions.IgnoreQueryFilters()
                    .Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow().UtcDateTime), context.RequestAborted);
            }
        }

        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        await context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        personalKeys.ForgetInThisBrowser(context);
        context.Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return Results.Redirect(exitUrl);
    }
}
