using System.Security.Claims;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Circles.Web.Accounts;

/// <summary>
/// Every way of signing in (password, authenticator, recovery code, passkey) ends here: it opens
/// a new server-side session (SEC-16), records on it which factors were given (SEC-10, SEC-17)
/// and never issues a persistent cookie.
/// </summary>
public sealed class CirclesSignInManager(
    UserManager<CirclesUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<CirclesUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<CirclesUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<CirclesUser> confirmation,
    CirclesDb db,
    TimeProvider clock,
    IConfiguration configuration)
    : SignInManager<CirclesUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>The session the last sign-in in this request opened or continued, for what must be bound to it (the personal key cookie).</summary>
    public Guid? SignedInSessionId { get; private set; }

    /// <summary>
    /// A closed account (issue 14) cannot sign in by any path: Identity asks this before the
    /// password, the authenticator, a recovery code or a passkey is accepted. The sign-in page
    /// then gives its one answer for every failure (SEC-14).
    /// </summary>
    public override async Task<bool> CanSignInAsync(CirclesUser user) =>
        !user.IsClosed && await base.CanSignInAsync(user);

    /// <summary>
    /// A closed account still spends the work of checking the password, so the time of the
    /// answer does not tell that the name was ever an account (SEC-14).
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(CirclesUser user, string password, bool lockoutOnFailure)
    {
        if (user.IsClosed)
        {
            await UserManager.CheckPasswordAsync(user, password);
            return SignInResult.NotAllowed;
        }
        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    /// <summary>Who the last sign-in in this request signed in: a passkey names its person only once verified.</summary>
    public CirclesUser? SignedInUser { get; private set; }

    private bool _passkeySignIn;

    /// <summary>
    /// A passkey with user verification is something held and something known or been (a PIN, a
    /// fingerprint): it counts as the second factor. Identity marks it like a password ("pwd"),
    /// so the sign-in is recognised here instead.
    /// </summary>
    public override async Task<SignInResult> PasskeySignInAsync(string credentialJson)
    {
        _passkeySignIn = true;
        try
        {
            return await base.PasskeySignInAsync(credentialJson);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Text.Json.JsonException or FormatException or PasskeyException)
        {
            // No ceremony under way (its cookie is gone) or not a browser's answer: a failed attempt, never a 500.
            return SignInResult.Failed;
        }
        finally
        {
            _passkeySignIn = false;
        }
    }

    public override async Task SignInWithClaimsAsync(CirclesUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.Where(c => c.Type != CirclesClaims.SessionId).ToList();
        var sessionId = await ContinuingSessionAsync(user) ?? await OpenSessionAsync(user);
        await RecordFactorsAsync(sessionId, FactorsGiven(claims));
        SignedInSessionId = sessionId;
        SignedInUser = user;
        claims.Add(new Claim(CirclesClaims.SessionId, sessionId.ToString()));

        authenticationProperties ??= new AuthenticationProperties();
        authenticationProperties.IsPersistent = false; // no "remember me": the cookie dies with the browser
        authenticationProperties.ExpiresUtc = null;
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    /// <summary>
    /// Refreshing the cookie of the same person (after enrolling two-factor sign-in, say) keeps
    /// their session; a sign-in from an anonymous browser or as someone else always opens a new one.
    /// </summary>
    private async Task<Guid?> ContinuingSessionAsync(CirclesUser user)
    {
        var current = Context.User;
        if (current.GetUserId() != user.Id || current.GetSessionId() is not { } sessionId)
        {
            return null;
        }
        var stillOpen = await db.UserSessions.IgnoreQueryFilters()
            .AnyAsync(s => s.Id == sessionId && s.UserId == user.Id && s.EndedAt == null, Context.RequestAborted);
        return stillOpen ? sessionId : null;
    }

    /// <summary>
    /// Identity adds "amr" = "pwd" after a password alone and "mfa" after a second step; a
    /// refresh of the cookie (after enrolling, say) carries neither and records nothing.
    /// </summary>
    private Factor[] FactorsGiven(List<Claim> claims) =>
        _passkeySignIn ? [Factor.SecondFactor]
        : claims.FirstOrDefault(c => c.Type == "amr")?.Value switch
        {
            "mfa" => [Factor.Password, Factor.SecondFactor],
            "pwd" => [Factor.Password],
            _ => [],
        };

    private async Task RecordFactorsAsync(Guid sessionId, Factor[] factors)
    {
        if (factors.Length == 0)
        {
            return;
        }
        var session = await db.UserSessions.IgnoreQueryFilters().FirstAsync(s => s.Id == sessionId, Context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var factor in factors)
        {
            SessionFactors.Stamp(session, factor, now);
        }
        await db.SaveChangesAsync(Context.RequestAborted);
    }

    private async Task<Guid> OpenSessionAsync(CirclesUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            OrganizationId = user.OrganizationId,
            UserId = user.Id,
            CreatedAt = now,
            LastSeenAt = now,
            AbsoluteExpiresAt = now.AddHours(configuration.GetValue("Sessions:AbsoluteHours", 12)),
            Device = DeviceDescription.From(Context.Request.Headers.UserAgent.ToString()),
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(Context.RequestAborted);
        return session.Id;
    }
}
