using Circles.Web.Features.Shared;
using Circles.Web.Security;
using Microsoft.AspNetCore.Localization;

namespace Circles.Web.Accounts;

/// <summary>
/// What every successful sign-in does last: audit it, remember the browser for the next sign-in
/// (SEC-13), restore the person's language, choose where they land.
/// </summary>
public sealed class SignInCompletion(AuditLog audit, Data.CirclesDb db, DeviceCookies devices)
{
    public async Task<string> FinishAsync(HttpContext context, CirclesUser user, string? returnUrl)
    {
        audit.Record(user.OrganizationId, user.Id, AuditActions.SignedIn);
        await db.SaveChangesAsync(context.RequestAborted);
        devices.Remember(context, user.Id);
        if (user.PreferredCulture is { Length: > 0 } culture && WebSetup.SupportedCultures.Contains(culture))
        {
            Language.SetCookie(context, culture);
        }
        return LocalUrl.OrHome(returnUrl);
    }
}

public static class LocalUrl
{
    /// <summary>
    /// Only a path on this site is followed (after sign-in, a language change, unlocking), so a
    /// link cannot bounce someone elsewhere. Browsers drop tabs and newlines from addresses and
    /// read a backslash as a slash, so "/\t/evil.example" or "/\\evil.example" would leave the
    /// site: any control character or backslash sends the person home instead (and a newline
    /// can never reach the Location header).
    /// </summary>
    public static string OrHome(string? url) =>
        IsLocalPath(url) ? url! : "/";

    private static bool IsLocalPath(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Any(c => c == '\\' || char.IsControl(c));
}

public static class Language
{
    public static void SetCookie(HttpContext context, string culture)
    {
        var configuration = context.RequestServices.GetRequiredService<IConfiguration>();
        context.Response.Cookies.Append(
            CookiePolicy.Name(configuration, CookiePolicy.Language),
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                Secure = CookiePolicy.RequireHttps(configuration) || context.Request.IsHttps,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                IsEssential = true,
            });
    }
}

public static class RoleHomes
{
    /// <summary>The page a person lands on, by their first role.</summary>
    public static string PageFor(System.Security.Claims.ClaimsPrincipal user) =>
        Roles.All.FirstOrDefault(user.IsInRole) switch
        {
            Roles.Coordinator => "/Home/Coordinator",
            Roles.Facilitator => "/Home/Facilitator",
            Roles.PeerSupporter => "/Home/Peer",
            Roles.Partner => "/Home/Partner",
            Roles.Volunteer => "/Home/Volunteer",
            Roles.Member => "/Home/Member",
            _ => "/Account/Index",
        };
}
