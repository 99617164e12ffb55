using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Invitations;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Account;

/// <summary>
/// Choosing a new password with a reset code from a coordinator (SEC-15). One answer for every
/// failure (SEC-14); with two-step sign-in on, the app's code is needed as well.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class ResetModel(
    CirclesDb db,
    CurrentOrganization currentOrganization,
    UserManager<CirclesUser> users,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ResetForm Form { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var user = await users.FindByNameAsync(PseudonymRules.Normalize(Form.UserName));
        var codeHash = InvitationSecrets.Hash(InvitationSecrets.NormalizeCode(Form.Code));
        var resetCode = user is null ? null : await db.PasswordResetCodes.IgnoreQueryFilters()
            .FirstOrDefaultAsync(c => c.CodeHash == codeHash && c.UserId == user.Id && c.UsedAt == null && c.ExpiresAt > now, HttpContext.RequestAborted);
        if (user is null || resetCode is null || !await PassesTwoFactorAsync(user))
        {
            return Refuse();
        }

        currentOrganization.Set(user.OrganizationId);
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        var claimed = await db.PasswordResetCodes
            .Where(c => c.Id == resetCode.Id && c.UsedAt == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.UsedAt, now), HttpContext.RequestAborted);
        if (claimed == 0)
        {
            return Refuse();
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, Form.NewPassword);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(HttpContext.RequestAborted);
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Form.NewPassword", l[error.Description]);
            }
            return Page();
        }
        // Every device that was signed in is signed out: the reset may be because one was lost.
        await db.UserSessions.Where(s => s.UserId == user.Id && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), HttpContext.RequestAborted);
        await users.ResetAccessFailedCountAsync(user);
        audit.Record(user.OrganizationId, user.Id, AuditActions.PasswordReset);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        Done = true;
        Form = new();
        return Page();
    }

    private async Task<bool> PassesTwoFactorAsync(CirclesUser user)
    {
        if (!user.TwoFactorEnabled)
        {
            return true;
        }
        var code = (Form.AuthenticatorCode ?? "").Replace(" ", "", StringComparison.Ordinal);
        return code.Length == 6
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
    }

    private PageResult Refuse()
    {
        ModelState.AddModelError("", l["That did not work. Check your name and the reset code, or ask for a new code."]);
        Form.NewPassword = "";
        Form.ConfirmPassword = "";
        return Page();
    }

    public sealed class ResetForm
    {
        [Required(ErrorMessage = "Enter your name in Circles.")]
        [StringLength(100, ErrorMessage = "That name is too long.")]
        [Display(Name = "Your name in Circles")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Enter the reset code you were given.")]
        [StringLength(20, ErrorMessage = "That code is too long.")]
        [Display(Name = "Reset code")]
        public string Code { get; set; } = "";

        [StringLength(10, ErrorMessage = "That code is too long.")]
        [Display(Name = "If you use two-step sign-in: the code from your app")]
        public string? AuthenticatorCode { get; set; }

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
