using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Account;

/// <summary>
/// Changing one's own password; it ends every other session of this person (SEC-16). The current
/// password also opens the private journal key, so guessing it here is made no cheaper than at
/// sign-in (SEC-13): a few attempts per person, and each wrong one spends the same budget a
/// failed sign-in from this browser would.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PasswordModel(
    UserManager<CirclesUser> users,
    CirclesSignInManager signIn,
    AuditLog audit,
    Data.CirclesDb db,
    TimeProvider clock,
    Features.PrivateSpace.PersonalKeys personalKeys,
    SignInThrottle throttle,
    DeviceCookies devices,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public PasswordForm Form { get; set; } = new();

    public bool Changed { get; private set; }
    public bool Throttled { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!throttle.TryChangePassword(user.Id)
            || throttle.TryGuess(user.NormalizedUserName ?? "", devices.KnownBrowser(HttpContext, user.Id)) is not { } guess)
        {
            Throttled = true;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Form.CurrentPassword, Form.NewPassword);
        if (result.Succeeded || result.Errors.All(e => e.Code != "PasswordMismatch"))
        {
            throttle.Succeeded(guess); // the current password was right; only a wrong one is a failed guess
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? "Form.CurrentPassword" : "Form.NewPassword";
                ModelState.AddModelError(field, error.Code == "PasswordMismatch" ? l["Your current password is not right."] : l[error.Description]);
            }
            return Page();
        }

        // The journal key follows the password; if it was wrapped with an earlier password (after
        // a reset) it stays as it is and the journal offers to open it with that one.
        await personalKeys.RewrapAsync(user, Form.CurrentPassword, Form.NewPassword, HttpContext.RequestAborted);

        var now = clock.GetUtcNow().UtcDateTime;
        var thisSession = User.GetSessionId();
        foreach (var session in db.UserSessions.Where(s => s.UserId == user.Id && s.EndedAt == null && s.Id != thisSession))
        {
            session.EndedAt = now;
        }
        audit.Record(user.OrganizationId, user.Id, AuditActions.PasswordChanged);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        Form = new();
        return Page();
    }

    public sealed class PasswordForm
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Use at most 256 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter the new password again.")]
        [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password again")]
        public string ConfirmPassword { get; set; } = "";
    }
}
