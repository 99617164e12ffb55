using System.Security.Cryptography;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.PrivateSpace;

/// <summary>What happened when someone typed their password to open their private space.</summary>
public enum UnlockOutcome
{
    /// <summary>Their existing key opened and now travels with their session.</summary>
    Opened,

    /// <summary>They had no key yet; a new one was made and wrapped with this password.</summary>
    Created,

    /// <summary>
    /// A key exists but this password does not open it: it was wrapped with an earlier password
    /// (the password was reset by a coordinator). Only that earlier password can open it.
    /// </summary>
    WrappedWithEarlierPassword,
}

/// <summary>
/// The journal and the safety plan are sealed with the author's own data key (issue 6, SEC-20,
/// SEC-27). That key is stored only wrapped with a key derived from the author's password, so
/// coordinators, administrators, the server's key ring and anyone holding a database copy cannot
/// open it. When the author types their password (at sign-in, or on the unlock page) the key is
/// unwrapped and carried for this one session in a separate cookie, encrypted by Data Protection
/// and bound to the person and the session id: it dies with the session, on sign-out and on
/// quick exit, and never sits in the database or in server memory between requests.
/// The trade-off, said plainly in the app and in the README: if the password is lost and reset,
/// the old key opens only with the earlier password; otherwise the member starts again.
/// </summary>
public sealed class PersonalKeys(
    CirclesDb db,
    IDataProtectionProvider dataProtection,
    IConfiguration configuration,
    TimeProvider clock)
{
    public const string CookieBaseName = "pk";

    private static readonly object OpenedInThisRequest = new();
    private const int DefaultIterations = 210_000; // OWASP's figure for PBKDF2-HMAC-SHA512
    private const int SaltSize = 16;
    private static readonly byte[] WrapAssociatedData = "Circles.PersonalKey.Wrap"u8.ToArray();

    private IDataProtector CookieProtector => dataProtection.CreateProtector("Circles.PersonalKey.Cookie");

    private int Iterations => configuration.GetValue("PrivateSpace:KeyIterations", DefaultIterations);

    /// <summary>Whether this request carries the signed-in person's unwrapped key.</summary>
    public bool IsUnlocked(HttpContext context) => CurrentKey(context) is not null;

    /// <summary>The signed-in person's data key for this session, or null when it is not open here.</summary>
    public byte[]? CurrentKey(HttpContext context)
    {
        // Opened earlier in this same request (the cookie only reaches the next request).
        if (context.Items.TryGetValue(OpenedInThisRequest, out var opened) && opened is byte[] openedKey)
        {
            return openedKey;
        }
        var userId = context.User.GetUserId();
        var sessionId = context.User.GetSessionId();
        if (userId is null || sessionId is null
            || !context.Request.Cookies.TryGetValue(CookieName(), out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }
        byte[] payload;
        try
        {
            payload = CookieProtector.Unprotect(WebEncoders.Base64UrlDecode(value));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
        if (payload.Length != 32 + PersonalCipher.KeySize
            || new Guid(payload.AsSpan(0, 16)) != userId.Value
            || new Guid(payload.AsSpan(16, 16)) != sessionId.Value)
        {
            return null;
        }
        return payload[32..];
    }

    /// <summary>Whether this person has a key at all (false until their first sign-in as a member).</summary>
    public Task<bool> ExistsAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Set<PersonalKey>().AnyAsync(k => k.UserId == userId, cancellationToken);

    /// <summary>
    /// Opens (or, the first time, creates) the person's key with the password they just typed and
    /// puts it in this browser's session. <paramref name="sessionId"/> is the session the key is bound to.
    /// </summary>
    public async Task<UnlockOutcome> UnlockAsync(HttpContext context, CirclesUser user, string password, Guid sessionId, CancellationToken cancellationToken)
    {
        var row = await db.Set<PersonalKey>().IgnoreQueryFilters()
            .SingleOrDefaultAsync(k => k.UserId == user.Id && k.OrganizationId == user.OrganizationId, cancellationToken);
        if (row is null)
        {
            var key = PersonalCipher.NewKey();
            db.Add(Wrap(new PersonalKey { OrganizationId = user.OrganizationId, UserId = user.Id, CreatedAt = Now() }, key, password));
            await db.SaveChangesAsync(cancellationToken);
            WriteCookie(context, user.Id, sessionId, key);
            return UnlockOutcome.Created;
        }
        if (TryUnwrap(row, password) is not { } opened)
        {
            return UnlockOutcome.WrappedWithEarlierPassword;
        }
        WriteCookie(context, user.Id, sessionId, opened);
        return UnlockOutcome.Opened;
    }

    /// <summary>After a password change: the same key, wrapped with the new password. False if the current password did not open it.</summary>
    public async Task<bool> RewrapAsync(CirclesUser user, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var row = await db.Set<PersonalKey>().SingleOrDefaultAsync(k => k.UserId == user.Id, cancellationToken);
        if (row is null || TryUnwrap(row, currentPassword) is not { } key)
        {
            return false;
        }
        Wrap(row, key, newPassword);
        row.RewrappedAt = Now();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// After a reset: the member remembers the password the key was wrapped with. The key opens
    /// with it and is wrapped again with their current password (checked by the caller).
    /// </summary>
    public async Task<bool> RecoverWithEarlierPasswordAsync(HttpContext context, CirclesUser user, string earlierPassword, string currentPassword, Guid sessionId, CancellationToken cancellationToken)
    {
        var row = await db.Set<PersonalKey>().SingleOrDefaultAsync(k => k.UserId == user.Id, cancellationToken);
        if (row is null || TryUnwrap(row, earlierPassword) is not { } key)
        {
            return false;
        }
        Wrap(row, key, currentPassword);
        row.RewrappedAt = Now();
        await db.SaveChangesAsync(cancellationToken);
        WriteCookie(context, user.Id, sessionId, key);
        return true;
    }

    /// <summary>
    /// The member cannot open their old key and chooses to start again: everything sealed with it
    /// (journal entries, safety plan) is deleted with it in one transaction, and a new key is made.
    /// </summary>
    public async Task StartAgainAsync(HttpContext context, CirclesUser user, string currentPassword, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DeleteSealedDataAsync(db, user.Id, cancellationToken);
        var key = PersonalCipher.NewKey();
        db.Add(Wrap(new PersonalKey { OrganizationId = user.OrganizationId, UserId = user.Id, CreatedAt = Now() }, key, currentPassword));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        WriteCookie(context, user.Id, sessionId, key);
    }

    /// <summary>Deletes the key and every row sealed with it (also used by erasure, SEC-36).</summary>
    public static async Task DeleteSealedDataAsync(CirclesDb db, Guid userId, CancellationToken cancellationToken)
    {
        await db.JournalEntries.IgnoreQueryFilters().Where(e => e.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.SafetyPlans.IgnoreQueryFilters().Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        // A story's draft was sealed with the key too; its shared versions are not (they stay, and can be withdrawn).
        await db.Stories.IgnoreQueryFilters().Where(s => s.AuthorUserId == userId && s.SealedDraft != null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.SealedDraft, (string?)null), cancellationToken);
        await db.Set<PersonalKey>().IgnoreQueryFilters().Where(k => k.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }

    public void ForgetInThisBrowser(HttpContext context)
    {
        context.Items.Remove(OpenedInThisRequest);
        context.Response.Cookies.Delete(CookieName(), CookieOptions(context));
    }

    private PersonalKey Wrap(PersonalKey row, byte[] key, string password)
    {
        row.Salt = RandomNumberGenerator.GetBytes(SaltSize);
        row.Iterations = Iterations;
        row.WrappedKey = PersonalCipher.SealBytes(DeriveWrappingKey(password, row.Salt, row.Iterations), WrapAssociatedData, key);
        return row;
    }

    private static byte[]? TryUnwrap(PersonalKey row, string password)
    {
        try
        {
            return PersonalCipher.OpenBytes(DeriveWrappingKey(password, row.Salt, row.Iterations), WrapAssociatedData, row.WrappedKey);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static byte[] DeriveWrappingKey(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA512, PersonalCipher.KeySize);

    private void WriteCookie(HttpContext context, Guid userId, Guid sessionId, byte[] key)
    {
        context.Items[OpenedInThisRequest] = key;
        var payload = new byte[32 + PersonalCipher.KeySize];
        userId.TryWriteBytes(payload.AsSpan(0, 16));
        sessionId.TryWriteBytes(payload.AsSpan(16, 16));
        key.CopyTo(payload, 32);
        context.Response.Cookies.Append(CookieName(), WebEncoders.Base64UrlEncode(CookieProtector.Protect(payload)), CookieOptions(context));
    }

    private string CookieName() => CookiePolicy.Name(configuration, CookieBaseName);

    // A session cookie (no expiry): it ends with the browser, like the sign-in cookie.
    private CookieOptions CookieOptions(HttpContext context) => new()
    {
        HttpOnly = true,
        Secure = CookiePolicy.RequireHttps(configuration) || context.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        IsEssential = true,
    };

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
