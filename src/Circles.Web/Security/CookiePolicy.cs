namespace Circles.Web.Security;

/// <summary>
/// Names and security of every cookie Circles sets. Over HTTPS (always, outside Development)
/// cookies are <c>__Host-</c> prefixed and Secure (SEC-16). For `dotnet run` on
/// http://localhost in Development, Cookies:RequireHttps is false: browsers refuse a
/// <c>__Host-</c> cookie that is not Secure, and ASP.NET refuses to issue a Secure anti-forgery
/// cookie over plain HTTP, so there the prefix is dropped and Secure follows the request.
/// </summary>
public static class CookiePolicy
{
    public static bool RequireHttps(IConfiguration configuration) => configuration.GetValue("Cookies:RequireHttps", true);

    public static string Name(IConfiguration configuration, string baseName) =>
        (RequireHttps(configuration) ? "__Host-" : "") + baseName;

    public static CookieSecurePolicy SecurePolicy(IConfiguration configuration) =>
        RequireHttps(configuration) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public const string Session = "circles";
    public const string TwoFactor = "circles-2fa";
    public const string External = "circles-ext";
    public const string Antiforgery = "af";
    public const string Language = "lang";
    /// <summary>The browser a person signed in from before (SEC-13); an opaque name and value, nothing a watcher could read.</summary>
    public const string Device = "d";
}
