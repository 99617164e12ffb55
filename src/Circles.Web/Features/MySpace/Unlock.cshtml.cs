using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.PrivateSpace;

/// <summary>
/// Opens the private space in this session when it is not open yet (after two-step sign-in, or
/// a lost cookie), and handles a key wrapped with an earlier password after a reset: open it
/// with that earlier password, or start again (everything sealed with the old key is deleted).
/// The password is checked as at sign-in first, with lockout, so this page cannot be used to guess it.
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class UnlockModel(
    PersonalKeys personalKeys,
    CirclesSignInManager signIn,
    UserManager<CirclesUser> users,
    AuditLog audit,
    Data.CirclesDb db,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public UnlockForm Form { get; set; } = new();

    [BindProperty]
    public RecoverForm Recover { get; set; } = new();

    [BindProperty]
    public StartAgainForm Restart { get; set; } = new();

    /// <summary>The key opens only with an earlier password: the two choices are shown.</summary>
    public bool EarlierPassword { get; private set; }

    public IActionResult OnGet() =>
        personalKeys.IsUnlocked(HttpContext) ? Redirect(LocalUrl.OrHome(ReturnUrl)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        ClearOtherForms(nameof(Form));
        var user = await users.GetUserAsync(User);
        if (user is null || User.GetSessionId() is not { } sessionId)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!await PasswordIsRightAsync(user, Form.Password))
        {
            ModelState.AddModelError("Form.Password", l["That password is not right."]);
            Form = new();
            return Page();
        }
        var outcome = await personalKeys.UnlockAsync(HttpContext, user, Form.Password, sessionId, HttpContext.RequestAborted);
        Form = new();
        if (outcome == UnlockOutcome.WrappedWithEarlierPassword)
        {
            EarlierPassword = true;
            return Page();
        }
        return Redirect(LocalUrl.OrHome(ReturnUrl));
    }

    public async Task<IActionResult> OnPostRecoverAsync()
    {
        ClearOtherForms(nameof(Recover));
        EarlierPassword = true;
        var user = await users.GetUserAsync(User);
        if (user is null || User.GetSessionId() is not { } sessionId)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            Recover = new();
            return Page();
        }
        if (!await PasswordIsRightAsync(user, Recover.CurrentPassword))
        {
            ModelState.AddModelError("Recover.CurrentPassword", l["That password is not right."]);
            Recover = new();
            return Page();
        }
        if (!await personalKeys.RecoverWithEarlierPasswordAsync(HttpContext, user, Recover.EarlierPassword, Recover.CurrentPassword, sessionId, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("Recover.EarlierPassword", l["That earlier password does not open your private space."]);
            Recover = new();
            return Page();
        }
        audit.Record(user.OrganizationId, user.Id, AuditActions.PersonalKeyRecovered);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Redirect(LocalUrl.OrHome(ReturnUrl));
    }

    public async Task<IActionResult> OnPostStartAgainAsync()
    {
        ClearOtherForms(nameof(Restart));
        EarlierPassword = true;
        var user = await users.GetUserAsync(User);
        if (user is null || User.GetSessionId() is not { } sessionId)
        {
            return Challenge();
        }
        if (!Restart.Confirm)
        {
            ModelState.AddModelError("Restart.Confirm", l["Tick the box to confirm that you want to start again."]);
        }
        if (!ModelState.IsValid)
        {
            Restart.CurrentPassword = "";
            return Page();
        }
        if (!await PasswordIsRightAsync(user, Restart.CurrentPassword))
        {
            ModelState.AddModelError("Restart.CurrentPassword", l["That password is not right."]);
            Restart.CurrentPassword = "";
            return Page();
        }
        // Never delete a key that still opens: then there is nothing to start again from.
        if (await personalKeys.UnlockAsync(HttpContext, user, Restart.CurrentPassword, sessionId, HttpContext.RequestAborted) != UnlockOutcome.WrappedWithEarlierPassword)
        {
            return Redirect(LocalUrl.OrHome(ReturnUrl));
        }
        await personalKeys.StartAgainAsync(HttpContext, user, Restart.CurrentPassword, sessionId, HttpContext.RequestAborted);
        audit.Record(user.OrganizationId, user.Id, AuditActions.PrivateSpaceStartedAgain);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Redirect(LocalUrl.OrHome(ReturnUrl));
    }

    // The same check as sign-in, with lockout, so this page is no easier a way to guess a password.
    private async Task<bool> PasswordIsRightAsync(CirclesUser user, string password) =>
        (await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true)).Succeeded;

    // Only the form that was posted is validated; the others are empty on purpose.
    private void ClearOtherForms(string posted)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(posted + ".", StringComparison.Ordinal) && k != nameof(ReturnUrl)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    public sealed class UnlockForm
    {
        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "That password is too long.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    public sealed class RecoverForm
    {
        [Required(ErrorMessage = "Enter your earlier password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "That password is too long.")]
        [DataType(DataType.Password)]
        [Display(Name = "Your earlier password")]
        public string EarlierPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter your current password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "That password is too long.")]
        [DataType(DataType.Password)]
        [Display(Name = "Your password now")]
        public string CurrentPassword { get; set; } = "";
    }

    public sealed class StartAgainForm
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "That password is too long.")]
        [DataType(DataType.Password)]
        [Display(Name = "Your password now")]
        public string CurrentPassword { get; set; } = "";

        [Display(Name = "I understand that my old journal and safety plan will be deleted")]
        public bool Confirm { get; set; }
    }
}
