using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Account;

/// <summary>
/// "Confirm it is you" (SEC-17): before changing sign-in factors or taking data out in bulk,
/// the person gives their strongest factor again, on this server-side session
/// (<see cref="RecentConfirmation"/>). Attempts are limited per address like sign-in, and a wrong
/// password or code counts toward the same short lockout (SEC-13).
/// Open to staff still enrolling (<see cref="Policies.Account"/>): their first authenticator key
/// or passkey needs a confirmation too.
/// </summary>
[Authorize(Policy = Policies.Account)]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class ConfirmModel(
    UserManager<CirclesUser> users,
    CirclesSignInManager signIn,
    AuditLog audit,
    Data.CirclesDb db,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    [StringLength(PasswordRules.MaximumLength, ErrorMessage = "That password is too long.")]
    [Display(Name = "Password")]
    public string? Password { get; set; }

    [BindProperty]
    [StringLength(20, ErrorMessage = "That code is too long.")]
    [Display(Name = "Code from your authenticator app, or a recovery code")]
    public string? Code { get; set; }

    [BindProperty]
    public string? CredentialJson { get; set; }

    public Factor Needed { get; private set; }
    public bool HasAuthenticator { get; private set; }
    public bool HasPasskey { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user);
        // Someone with a second factor confirms with it: their password alone is not enough (SEC-17).
        if (Needed != Factor.Password || string.IsNullOrEmpty(Password) || !ModelState.IsValid)
        {
            return Refuse(nameof(Password), l["Enter your password."]);
        }
        if (await users.IsLockedOutAsync(user))
        {
            return Refuse(nameof(Password), l["Too many tries. Please wait a few minutes and try again."]);
        }
        var check = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        return check.Succeeded
            ? await ConfirmedAsync(user, Factor.Password)
            : await FailedAsync(user, nameof(Password), check.IsLockedOut
                ? l["Too many tries. Please wait a few minutes and try again."]
                : l["That password is not right."]);
    }

    public async Task<IActionResult> OnPostCodeAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user);
        if (!HasAuthenticator || string.IsNullOrWhiteSpace(Code) || !ModelState.IsValid)
        {
            return Refuse(nameof(Code), l["Enter the code."]);
        }
        if (await users.IsLockedOutAsync(user))
        {
            return Refuse(nameof(Code), l["Too many tries. Please wait a few minutes and try again."]);
        }
        var code = SecondFactorCode.Normalize(Code);
        var valid = SecondFactorCode.IsAuthenticatorCode(code)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
            : (await users.RedeemTwoFactorRecoveryCodeAsync(user, Code.Trim())).Succeeded;
        if (!valid)
        {
            await users.AccessFailedAsync(user);
            return await FailedAsync(user, nameof(Code), l["That code did not work. Check the time on your phone and try the newest code."]);
        }
        await users.ResetAccessFailedCountAsync(user);
        return await ConfirmedAsync(user, Factor.SecondFactor);
    }

    /// <summary>The challenge for the browser's passkey prompt, limited to this person's own passkeys.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        return Content(await signIn.MakePasskeyRequestOptionsAsync(user), "application/json");
    }

    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user);
        if (string.IsNullOrEmpty(CredentialJson))
        {
            return Refuse(nameof(CredentialJson), l["Your browser did not use a passkey. Passkeys need JavaScript in your browser."]);
        }
        if (await users.IsLockedOutAsync(user))
        {
            return Refuse(nameof(CredentialJson), l["Too many tries. Please wait a few minutes and try again."]);
        }
        var assertion = await PasskeyCeremony.AssertAsync(signIn, CredentialJson);
        // Only one of this person's own passkeys confirms it is them.
        if (assertion is not { Succeeded: true } || assertion.User.Id != user.Id)
        {
            await users.AccessFailedAsync(user);
            return await FailedAsync(user, nameof(CredentialJson), l["That passkey did not work. Try again, or use another way."]);
        }
        await users.AddOrUpdatePasskeyAsync(user, assertion.Passkey); // its signature counter moves on
        return await ConfirmedAsync(user, Factor.SecondFactor);
    }

    private async Task<IActionResult> ConfirmedAsync(CirclesUser user, Factor factor)
    {
        await SessionFactors.RecordAsync(HttpContext, factor);
        audit.Record(user.OrganizationId, user.Id, AuditActions.IdentityConfirmed);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Redirect(LocalUrl.OrHome(ReturnUrl));
    }

    private async Task<IActionResult> FailedAsync(CirclesUser user, string field, string message)
    {
        audit.Record(user.OrganizationId, user.Id, AuditActions.SignInFailed);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Refuse(field, message);
    }

    private PageResult Refuse(string field, string message)
    {
        ModelState.AddModelError(field, message);
        Password = null;
        Code = null;
        CredentialJson = null;
        return Page();
    }

    private async Task LoadAsync(CirclesUser user)
    {
        HasAuthenticator = user.TwoFactorEnabled;
        HasPasskey = (await users.GetPasskeysAsync(user)).Count > 0;
        // SessionFactors.HasSecondFactorAsync's rule, read from what the page loads anyway.
        Needed = HasAuthenticator || HasPasskey ? Factor.SecondFactor : Factor.Password;
    }
}
