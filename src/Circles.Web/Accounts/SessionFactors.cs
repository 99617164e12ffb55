using Circles.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Accounts;

/// <summary>What a session has been given, and when (SEC-10, SEC-17).</summary>
public enum Factor
{
    Password,
    /// <summary>An authenticator code, a recovery code or a passkey.</summary>
    SecondFactor,
}

/// <summary>
/// The factors the current session has seen, as read from its server-side row by
/// <see cref="SessionValidator"/> on every request. Server-side, so that an old copy of the
/// cookie can never claim a confirmation it did not make.
/// </summary>
public sealed record SessionFactors(DateTime? PasswordGivenAt, DateTime? SecondFactorGivenAt)
{
    private const string Key = "circles:session-factors";

    public static SessionFactors? Of(HttpContext context) => context.Items[Key] as SessionFactors;

    internal static void Remember(HttpContext context, UserSession session) =>
        context.Items[Key] = new SessionFactors(session.PasswordGivenAt, session.SecondFactorGivenAt);

    /// <summary>Marks the session as having been given <paramref name="factor"/> now.</summary>
    public static async Task RecordAsync(HttpContext context, Factor factor)
    {
        if (context.User.GetSessionId() is not { } sessionId)
        {
            return;
        }
        var services = context.RequestServices;
        var db = services.GetRequiredService<CirclesDb>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var session = await db.UserSessions.IgnoreQueryFilters()
            .FirstOrDefaultAsync(s => s.Id == sessionId && s.EndedAt == null, context.RequestAborted);
        if (session is null)
        {
            return;
        }
        Stamp(session, factor, now);
        await db.SaveChangesAsync(context.RequestAborted);
        Remember(context, session);
    }

    internal static void Stamp(UserSession session, Factor factor, DateTime now)
    {
        if (factor == Factor.Password)
        {
            session.PasswordGivenAt = now;
        }
        else
        {
            session.SecondFactorGivenAt = now;
        }
    }

    /// <summary>Whether the person has a second factor: an authenticator app or a passkey.</summary>
    public static async Task<bool> HasSecondFactorAsync(UserManager<CirclesUser> users, CirclesUser user) =>
        user.TwoFactorEnabled || (await users.GetPasskeysAsync(user)).Count > 0;
}
