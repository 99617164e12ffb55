using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Circles.Web.Features.Account;

/// <summary>The second step of signing in: a code from an authenticator app, or a recovery code.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class SignInTwoFactorModel(CirclesSignInManager signIn, SignInCompletion completion) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the code.")]
    [StringLength(20, ErrorMessage = "That code is too long.")]
    [Display(Name = "Code from your authenticator app, or a recovery code")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = SecondFactorCode.Normalize(Code);
        var result = SecondFactorCode.IsAuthenticatorCode(code)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Trim());
        if (result.Succeeded)
        {
            return Redirect(await completion.FinishAsync(HttpContext, user, ReturnUrl));
        }
        Failed = true;
        Code = "";
        return Page();
    }
}
