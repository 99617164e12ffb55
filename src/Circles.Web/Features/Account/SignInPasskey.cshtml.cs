using Circles.Web.Accounts;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Circles.Web.Features.Account;

/// <summary>
/// Signing in with a passkey (SEC-10, SEC-11), from the button on the sign-in page. Kept apart
/// from the password form's page. Limited per address like every sign-in (SEC-13); a passkey
/// with user verification is two factors in one, so staff need no authenticator code after it.
/// The journal stays closed until the password is given (it is the journal's key).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class SignInPasskeyModel(CirclesSignInManager signIn, SignInCompletion completion) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? CredentialJson { get; set; }

    public bool NoAnswer { get; private set; }

    public IActionResult OnGet() => RedirectToPage("/Account/SignIn", new { ReturnUrl });

    /// <summary>The challenge for the browser's passkey prompt; any of the device's passkeys for this site may answer.</summary>
    public async Task<IActionResult> OnPostOptionsAsync() =>
        Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(CredentialJson))
        {
            NoAnswer = true;
            return Page();
        }
        var result = await signIn.PasskeySignInAsync(CredentialJson);
        if (result.Succeeded && signIn.SignedInUser is { } user)
        {
            return Redirect(await completion.FinishAsync(HttpContext, user, ReturnUrl));
        }
        // One answer for an unknown passkey, a failed check and a paused account (SEC-14).
        return Page();
    }
}
