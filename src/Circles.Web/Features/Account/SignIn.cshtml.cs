using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Circles.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class SignInModel(
    CirclesSignInManager signIn,
    UserManager<CirclesUser> users,
    IPasswordHasher<CirclesUser> hasher,
    SignInThrottle throttle,
    DeviceCookies devices,
    SignInCompletion completion,
    AuditLog audit,
    Features.PrivateSpace.PersonalKeys personalKeys,
    Data.CirclesDb db) : PageModel
{
    private static string? _dummyHash;

    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool TimedOut { get; set; }

    public bool Failed { get; private set; }
    public bool Throttled { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? Redirect(LocalUrl.OrHome(ReturnUrl)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // SEC-13: a browser that signed in to this account before spends its own budget of
        // guesses; every other client shares the name's. The account is looked up first in
        // every case, so a name without an account costs the same (SEC-14).
        var normalizedName = users.NormalizeName(PseudonymRules.Normalize(Form.UserName));
        var user = await users.FindByNameAsync(PseudonymRules.Normalize(Form.UserName));
        var knownBrowser = user is null ? null : devices.KnownBrowser(HttpContext, user.Id);
        if (throttle.TryGuess(normalizedName, knownBrowser) is not { } guess)
        {
            Throttled = true;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        if (user is null)
        {
            // SEC-14: spend the same work as a real check, so timing does not reveal who has an account.
            _dummyHash ??= hasher.HashPassword(new CirclesUser(), "no account has this password");
            hasher.VerifyHashedPassword(new CirclesUser(), _dummyHash, Form.Password);
            return Fail();
        }

        // No Identity lockout here: it would stop the owner's known browser too (see SignInThrottle).
        var result = await signIn.PasswordSignInAsync(user, Form.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.Succeeded(guess);
        }
        if (result.Succeeded)
        {
            await OpenPrivateSpaceAsync(user);
            return Redirect(await completion.FinishAsync(HttpContext, user, ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInTwoFactor", new { ReturnUrl });
        }
        audit.Record(user.OrganizationId, user.Id, AuditActions.SignInFailed);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Fail();
    }

    /// <summary>
    /// The password is in hand only now, so members' journal keys are opened (or made, the first
    /// time) here. Staff have no private space; after two-step sign-in the journal asks once.
    /// </summary>
    private async Task OpenPrivateSpaceAsync(CirclesUser user)
    {
        if (signIn.SignedInSessionId is not { } sessionId)
        {
            return;
        }
        var roles = await users.GetRolesAsync(user);
        if (roles.Contains(Roles.Member) || roles.Contains(Roles.PeerSupporter) || await personalKeys.ExistsAsync(user.Id, HttpContext.RequestAborted))
        {
            await personalKeys.UnlockAsync(HttpContext, user, Form.Password, sessionId, HttpContext.RequestAborted);
        }
    }

    /// <summary>One answer for an unknown name, a wrong password and a paused account (SEC-14).</summary>
    private PageResult Fail()
    {
        Failed = true;
        Form.Password = "";
        return Page();
    }

    public sealed class SignInForm
    {
        [Required(ErrorMessage = "Enter your name in Circles.")]
        [StringLength(100, ErrorMessage = "That name is too long.")]
        [Display(Name = "Your name in Circles")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "That password is too long.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }
}
