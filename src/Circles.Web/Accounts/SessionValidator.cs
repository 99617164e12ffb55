using Circles.Web.Data;
using Circles.Web.Features.Organizations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Accounts;

/// <summary>
/// Checks the server-side session behind every signed-in request (SEC-16): ended by the user,
/// signed out, idle longer than the organization allows (members sooner than staff), or past
/// its absolute lifetime means the cookie is rejected.
/// </summary>
public static class SessionValidator
{
    /// <summary>How often a request moves "last seen" forward; saves a write on every click.</summary>
    private static readonly TimeSpan TouchInterval = TimeSpan.FromSeconds(30);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal?.GetSessionId() is not { } sessionId || principal.GetUserId() is not { } userId)
        {
            await RejectAsync(context);
            return;
        }

        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<CirclesDb>();
        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;

        var session = await SessionOf(db, sessionId, userId, context.HttpContext.RequestAborted);
        if (session is null || session.EndedAt is not null)
        {
            await RejectAsync(context);
            return;
        }

        var idleLimit = await IdleLimitAsync(db, services.GetRequiredService<OrganizationSnapshots>(), session.OrganizationId, principal.IsStaff(), context.HttpContext.RequestAborted);
        if (now - session.LastSeenAt >= idleLimit || now >= session.AbsoluteExpiresAt)
        {
            session.EndedAt = now;
            await db.SaveChangesAsync(context.HttpContext.RequestAborted);
            await RejectAsync(context);
            return;
        }

        context.HttpContext.Items[IdleSecondsKey] = (int)idleLimit.TotalSeconds;
        SessionFactors.Remember(context.HttpContext, session);
        if (now - session.LastSeenAt >= TouchInterval)
        {
            session.LastSeenAt = now;
            await db.SaveChangesAsync(context.HttpContext.RequestAborted);
        }
    }

    public const string IdleSecondsKey = "circles:idle-seconds";

    public static async Task<TimeSpan> IdleLimitAsync(CirclesDb db, OrganizationSnapshots organizations, Guid organizationId, bool isStaff, CancellationToken cancellationToken)
    {
        // The organization's settings are read once for the session check and the layout, and
        // kept a few seconds (issue 17); a change of the limits on the settings page holds at once.
        var limits = await organizations.GetAsync(db, organizationId, cancellationToken);
        var minutes = limits is null ? 15 : isStaff ? limits.StaffIdleMinutes : limits.MemberIdleMinutes;
        return TimeSpan.FromMinutes(minutes);
    }

    // The organization is not known before this check, hence the explicit filter on the user.
    // Compiled once: every signed-in request runs it (issue 17).
    private static readonly Func<CirclesDb, Guid, Guid, CancellationToken, Task<UserSession?>> SessionOf = EF.CompileAsyncQuery(
        (CirclesDb db, Guid sessionId, Guid userId, CancellationToken cancellationToken) => db.UserSessions.IgnoreQueryFilters()
            .FirstOrDefault(s => s.Id == sessionId && s.UserId == userId));

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }
}
