using System.Buffers.Binary;
using System.Security.Cryptography;
using Circles.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Circles.Web.Accounts;

/// <summary>
/// SEC-13: the device cookie of OWASP's "Slow Down Online Guessing Attacks with Device Cookies".
/// After a successful sign-in the browser is given an opaque, protected token naming the
/// account (by id, never the pseudonym) and a random nonce; sign-in attempts that carry it for
/// that account spend the nonce's own budget in <see cref="SignInThrottle"/>, untouched by what
/// strangers try. It identifies a browser, not a session: signing out keeps it. Quick exit's
/// Clear-Site-Data removes it with every other cookie, which is what quick exit promises
/// (docs/security.md, SEC-13); that browser is then an unknown one until the next sign-in.
/// </summary>
public sealed class DeviceCookies(IDataProtectionProvider dataProtection, IConfiguration configuration, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    private const int PayloadSize = 16 + 16 + 8;

    private IDataProtector Protector => dataProtection.CreateProtector("Circles.Accounts.DeviceCookie");

    private string CookieName => CookiePolicy.Name(configuration, CookiePolicy.Device);

    /// <summary>
    /// The nonce of this browser when it holds an unexpired device cookie for <paramref name="userId"/>;
    /// null for no cookie, a cookie of another account, and anything tampered with or unreadable.
    /// </summary>
    public Guid? KnownBrowser(HttpContext context, Guid userId)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }
        byte[] payload;
        try
        {
            payload = Protector.Unprotect(WebEncoders.Base64UrlDecode(value));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
        if (payload.Length != PayloadSize || new Guid(payload.AsSpan(0, 16)) != userId)
        {
            return null;
        }
        var issued = new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(payload.AsSpan(32)), TimeSpan.Zero);
        return clock.GetUtcNow() - issued < Lifetime ? new Guid(payload.AsSpan(16, 16)) : null;
    }

    /// <summary>
    /// Called by every successful sign-in: the browser keeps its nonce (and so its budget) when it
    /// already held one for this person, and its cookie is renewed for another year. A browser
    /// last used by someone else gets a new nonce for this person.
    /// </summary>
    public void Remember(HttpContext context, Guid userId)
    {
        var nonce = KnownBrowser(context, userId) ?? Guid.NewGuid();
        var payload = new byte[PayloadSize];
        userId.TryWriteBytes(payload.AsSpan(0, 16));
        nonce.TryWriteBytes(payload.AsSpan(16, 16));
        BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(32), clock.GetUtcNow().UtcTicks);
        context.Response.Cookies.Append(CookieName, WebEncoders.Base64UrlEncode(Protector.Protect(payload)), new CookieOptions
        {
            HttpOnly = true,
            Secure = CookiePolicy.RequireHttps(configuration) || context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }
}
