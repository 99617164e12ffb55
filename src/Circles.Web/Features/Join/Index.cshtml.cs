using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Invitations;
using Circles.Web.Features.Partners.Sources;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Join;

/// <summary>
/// Redeeming an invitation: a pseudonym and a password are all anyone needs (SEC-34). The
/// invitation is claimed and the account created in one transaction, so a failure leaves the
/// invitation usable and no half-made account.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class IndexModel(
    CirclesDb db,
    CurrentOrganization currentOrganization,
    UserManager<CirclesUser> users,
    CirclesSignInManager signIn,
    SignInCompletion completion,
    AuditLog audit,
    JoinSources joinSources,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public JoinForm Form { get; set; } = new();

    public bool TokenInvalid { get; private set; }

    /// <summary>"How did you find us?", with the organization's partners when the link says which organization (SEC-34).</summary>
    public FoundUsQuestion? FoundUs { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return RedirectToPage("/Index");
        }
        if (Token is not null && await FindOpenInvitationAsync(InvitationSecrets.Hash(Token)) is null)
        {
            TokenInvalid = true;
            Token = null;
        }
        await PrepareFoundUsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Token is null && string.IsNullOrWhiteSpace(Form.Code))
        {
            ModelState.AddModelError("Form.Code", l["Enter the invitation code you were given."]);
        }
        var pseudonym = PseudonymRules.Normalize(Form.Pseudonym);
        if (!string.IsNullOrEmpty(pseudonym) && !PseudonymRules.IsValid(pseudonym))
        {
            ModelState.AddModelError("Form.Pseudonym", l["Use 2 to 40 letters or numbers. Spaces, dots, dashes and underscores are fine too."]);
        }
        if (!ModelState.IsValid)
        {
            await PrepareFoundUsAsync();
            return Page();
        }

        var hash = Token is not null
            ? InvitationSecrets.Hash(Token)
            : InvitationSecrets.Hash(InvitationSecrets.NormalizeCode(Form.Code!));
        var invitation = await FindOpenInvitationAsync(hash);
        if (invitation is null)
        {
            ModelState.AddModelError(Token is null ? "Form.Code" : "", l["This invitation does not work. It may have been used already or expired. Ask for a new one."]);
            Token = null;
            return Page();
        }

        currentOrganization.Set(invitation.OrganizationId);
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new CirclesUser { UserName = pseudonym, OrganizationId = invitation.OrganizationId, CreatedAt = now };

        await using (var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted))
        {
            // Claim first: of two people racing with one code, exactly one gets through.
            var claimed = await db.Invitations
                .Where(i => i.Id == invitation.Id && i.RedeemedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
                .ExecuteUpdateAsync(i => i.SetProperty(x => x.RedeemedAt, now), HttpContext.RequestAborted);
            if (claimed == 0)
            {
                ModelState.AddModelError("", l["This invitation does not work. It may have been used already or expired. Ask for a new one."]);
                return Page();
            }

            var failure = await CreateAccountAsync(user, invitation.Role);
            if (failure is not null)
            {
                await transaction.RollbackAsync(HttpContext.RequestAborted);
                db.ChangeTracker.Clear();
                await PrepareFoundUsAsync();
                return failure;
            }

            await db.Invitations.Where(i => i.Id == invitation.Id)
                .ExecuteUpdateAsync(i => i.SetProperty(x => x.RedeemedByUserId, user.Id), HttpContext.RequestAborted);
            if (JoinSources.AsksRole(invitation.Role))
            {
                // Counted apart from the account: organization, month and answer only (SEC-34).
                await joinSources.RecordAsync(invitation.OrganizationId, communityId: null, Form.FoundUs, now, HttpContext.RequestAborted);
            }
            // An active volunteer's invitation (Volunteers/Details): their application now has their account.
            await db.VolunteerApplications.Where(a => a.InvitationId == invitation.Id)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.UserId, user.Id), HttpContext.RequestAborted);
            audit.Record(invitation.OrganizationId, user.Id, AuditActions.Registered, invitation.Role);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            await transaction.CommitAsync(HttpContext.RequestAborted);
        }

        // They have just chosen and typed their password: that is a fresh confirmation (SEC-17),
        // so new staff set up two-step sign-in without being asked for it again.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new System.Security.Claims.Claim("amr", "pwd")]);
        return Redirect(await completion.FinishAsync(HttpContext, user, "/"));
    }

    /// <returns>null when the account exists with its role and password; otherwise the page with the problems shown.</returns>
    private async Task<IActionResult?> CreateAccountAsync(CirclesUser user, string role)
    {
        var created = await users.CreateAsync(user);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, role);
        }
        if (created.Succeeded && role == Roles.PeerSupporter)
        {
            created = await users.AddToRoleAsync(user, Roles.Member);
        }
        if (created.Succeeded)
        {
            // After the role, so that staff get the longer minimum (SEC-12).
            created = await users.AddPasswordAsync(user, Form.Password);
        }
        if (created.Succeeded)
        {
            return null;
        }
        foreach (var error in created.Errors)
        {
            if (error.Code is "DuplicateUserName")
            {
                ModelState.AddModelError("Form.Pseudonym", l["Someone already uses that name. Please choose another."]);
            }
            else if (error.Code.StartsWith("Password", StringComparison.Ordinal))
            {
                ModelState.AddModelError("Form.Password", l[error.Description]);
            }
            else
            {
                ModelState.AddModelError("", l["Something went wrong. Nothing was saved; please try again."]);
            }
        }
        return Page();
    }

    /// <summary>The question is for members; the partners' names only when the link names the organization (a typed code does not until it is checked).</summary>
    private async Task PrepareFoundUsAsync()
    {
        var invitation = Token is null ? null : await FindOpenInvitationAsync(InvitationSecrets.Hash(Token));
        if (!JoinSources.AsksRole(invitation?.Role))
        {
            return;
        }
        var partners = invitation is null ? [] : await joinSources.PartnersShownAsync(invitation.OrganizationId, HttpContext.RequestAborted);
        FoundUs = new FoundUsQuestion(partners, Form.FoundUs);
    }

    private Task<Invitation?> FindOpenInvitationAsync(string hash)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Anonymous: the organization is what the invitation tells us, hence no tenant filter here.
        return db.Invitations.IgnoreQueryFilters()
            .Where(i => (i.TokenHash == hash || i.CodeHash == hash) && i.RedeemedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
    }

    public sealed class JoinForm
    {
        [StringLength(20, ErrorMessage = "That code is too long.")]
        [Display(Name = "Invitation code")]
        public string? Code { get; set; }

        [Required(ErrorMessage = "Choose a name to use here.")]
        [StringLength(PseudonymRules.MaximumLength, ErrorMessage = "Use at most 40 characters.")]
        [Display(Name = "A name to use here")]
        public string Pseudonym { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Use at most 256 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Enter the password again.")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password again")]
        public string ConfirmPassword { get; set; } = "";

        /// <summary>The answer to "How did you find us?"; empty is "prefer not to say".</summary>
        [StringLength(60)]
        public string? FoundUs { get; set; }
    }
}
