using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Features.Shared;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Account;

/// <summary>
/// Enrolling an authenticator app (TOTP) with recovery codes (SEC-10, SEC-11). The secret is made
/// by a POST, shown until confirmed with a first code, and recovery codes are shown only once.
/// A new key and new recovery codes need a recent "Confirm it is you" (SEC-17).
/// </summary>
[Authorize(Policy = Policies.Account)]
public sealed class TwoFactorModel(
    UserManager<CirclesUser> users,
    CirclesSignInManager signIn,
    AuditLog audit,
    Data.CirclesDb db,
    PageFrame frame,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your app.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code is 6 digits.")]
    [Display(Name = "6-digit code from the app")]
    public string Code { get; set; } = "";

    public bool Enabled { get; private set; }

    /// <summary>Staff with a second factor whose session has not been given it yet (a password-only sign-in of someone with a passkey).</summary>
    public bool MustConfirm { get; private set; }
    public string? SharedKey { get; private set; }
    public string? AuthenticatorUri { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

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

    [RequiresRecentConfirmation]
    public async Task<IActionResult> OnPostStartAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled)
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }
        return RedirectToPage(new { Required });
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        var code = Code.Replace(" ", "", StringComparison.Ordinal);
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), l["That code did not match. Check the time on your phone and try the newest code."]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        // The code just given is a second factor, given in this session.
        await SessionFactors.RecordAsync(HttpContext, Factor.SecondFactor);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        audit.Record(user.OrganizationId, user.Id, AuditActions.TwoFactorEnabled);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await signIn.RefreshSignInAsync(user);
        Enabled = true;
        return Page();
    }

    [RequiresRecentConfirmation]
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        audit.Record(user.OrganizationId, user.Id, AuditActions.RecoveryCodesRenewed);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Enabled = true;
        return Page();
    }

    private async Task LoadAsync(CirclesUser user)
    {
        Enabled = user.TwoFactorEnabled;
        MustConfirm = Required
            && await SessionFactors.HasSecondFactorAsync(users, user)
            && SessionFactors.Of(HttpContext)?.SecondFactorGivenAt is null;
        if (Enabled)
        {
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            return;
        }
        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));
        // The issuer is the organization's discreet title, so the authenticator app reveals nothing (SEC-6).
        var issuer = Uri.EscapeDataString((await frame.GetAsync(HttpContext.RequestAborted)).Title);
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.UserName ?? "")}?secret={key}&issuer={issuer}&digits=6";
    }
}
