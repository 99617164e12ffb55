using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Account;

/// <summary>
/// A person's passkeys (SEC-10, SEC-11): listed by the name they gave and the date added; adding
/// and removing one changes how they sign in, so both need a recent "Confirm it is you" (SEC-17).
/// For staff a passkey is a second factor: it counts as two-step sign-in. Open to staff still
/// enrolling (<see cref="Policies.Account"/>), who may choose a passkey instead of an app.
/// </summary>
[Authorize(Policy = Policies.Account)]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class PasskeysModel(
    UserManager<CirclesUser> users,
    CirclesSignInManager signIn,
    AuditLog audit,
    Data.CirclesDb db,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MaxNameLength = 50;

    [BindProperty]
    [StringLength(MaxNameLength, ErrorMessage = "Use at most 50 characters.")]
    public string? Name { get; set; }

    [BindProperty]
    public string? CredentialJson { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<PasskeyRow> Passkeys { get; private set; } = [];
    public bool Fresh { get; private set; }

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

    /// <summary>The challenge for the browser's "make a passkey" prompt.</summary>
    [RequiresRecentConfirmation]
    public async Task<IActionResult> OnPostCreationOptionsAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var name = user.UserName ?? "";
        var options = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = user.Id.ToString(), Name = name, DisplayName = name });
        return Content(options, "application/json");
    }

    [RequiresRecentConfirmation]
    public async Task<IActionResult> OnPostAddAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(Name), l["Give the passkey a name."]);
        }
        if (string.IsNullOrEmpty(CredentialJson))
        {
            ModelState.AddModelError(nameof(CredentialJson), l["Your browser did not make a passkey. Passkeys need JavaScript in your browser."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        var attestation = await PasskeyCeremony.AttestAsync(signIn, CredentialJson!);
        if (attestation is not { Succeeded: true } || attestation.UserEntity.Id != user.Id.ToString())
        {
            ModelState.AddModelError(nameof(CredentialJson), l["The passkey could not be added. Please try again."]);
            await LoadAsync(user);
            return Page();
        }
        var passkey = attestation.Passkey;
        passkey.Name = name;
        await users.AddOrUpdatePasskeyAsync(user, passkey);
        // Making it needed the device and its PIN or fingerprint: a second factor, given now.
        await SessionFactors.RecordAsync(HttpContext, Factor.SecondFactor);
        audit.Record(user.OrganizationId, user.Id, AuditActions.PasskeyAdded);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await signIn.RefreshSignInAsync(user); // the cookie now says this person has a second factor
        return RedirectToPage(new { done = "added" });
    }

    [RequiresRecentConfirmation]
    public async Task<IActionResult> OnPostRemoveAsync(string? id)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        // Only the person's own passkeys are found: any other id does not exist for them.
        if (Decode(id) is not { } credentialId || await users.GetPasskeyAsync(user, credentialId) is null)
        {
            return NotFound();
        }
        await users.RemovePasskeyAsync(user, credentialId);
        audit.Record(user.OrganizationId, user.Id, AuditActions.PasskeyRemoved);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { done = "removed" });
    }

    private static byte[]? Decode(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 2000)
        {
            return null;
        }
        try
        {
            return WebEncoders.Base64UrlDecode(id);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task LoadAsync(CirclesUser user)
    {
        Passkeys = [.. (await users.GetPasskeysAsync(user))
            .OrderBy(p => p.CreatedAt)
            .Select(p => new PasskeyRow(WebEncoders.Base64UrlEncode(p.CredentialId), p.Name ?? "", p.CreatedAt.UtcDateTime))];
        Fresh = await RecentConfirmation.IsFreshAsync(HttpContext);
    }

    public sealed record PasskeyRow(string Id, string Name, DateTime AddedAt);
}
