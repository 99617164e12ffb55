using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Me;

/// <summary>
/// SEC-7: how a member is happy to be contacted. Nothing outside Circles unless they choose it;
/// phone number and code word are encrypted (SEC-27).
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class ContactModel(CirclesDb db, FieldProtector protector, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ContactForm Form { get; set; } = new();

    public bool Saved { get; private set; }

    /// <summary>When the choices were last made: each outside channel is a dated opt-in (SEC-7).</summary>
    public DateTime? ChosenOn { get; private set; }

    public async Task OnGetAsync(bool saved = false)
    {
        var userId = User.GetUserId();
        var preference = await db.ContactPreferences.FirstOrDefaultAsync(p => p.UserId == userId, HttpContext.RequestAborted);
        var view = ContactPreferenceView.From(preference, protector);
        Form = new ContactForm
        {
            Channels = [.. view.ChosenChannels],
            Phone = preference is null ? null : protector.Unprotect(FieldPurposes.ContactPhone, preference.ProtectedPhone),
            SafeTimeWindow = view.SafeTimeWindow,
            CodeWord = view.CodeWord,
            Email = preference is null ? null : protector.Unprotect(FieldPurposes.ContactEmail, preference.ProtectedEmail),
        };
        ChosenOn = preference?.UpdatedAt;
        Saved = saved;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var channels = Form.Channels.Aggregate(ContactChannels.None, (all, one) => all | one);
        var wantsPhone = channels.HasFlag(ContactChannels.PhoneCall) || channels.HasFlag(ContactChannels.TextMessage);
        if (wantsPhone && string.IsNullOrWhiteSpace(Form.Phone))
        {
            ModelState.AddModelError("Form.Phone", l["Add the number to use, or untick calls and text messages."]);
        }
        var wantsEmail = channels.HasFlag(ContactChannels.Email);
        if (wantsEmail && string.IsNullOrWhiteSpace(Form.Email))
        {
            ModelState.AddModelError("Form.Email", l["Add the email address to use, or untick email."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var userId = User.GetUserId()!.Value;
        var preference = await db.ContactPreferences.FirstOrDefaultAsync(p => p.UserId == userId, HttpContext.RequestAborted);
        if (preference is null)
        {
            preference = new ContactPreference { UserId = userId };
            db.ContactPreferences.Add(preference);
        }
        preference.Channels = channels == ContactChannels.None ? ContactChannels.InApp : channels;
        // A number is kept only while a phone channel is chosen.
        preference.ProtectedPhone = wantsPhone ? protector.Protect(FieldPurposes.ContactPhone, Form.Phone!.Trim()) : null;
        // An address is kept only while email is chosen; it only ever receives "You have a new update".
        preference.ProtectedEmail = wantsEmail ? protector.Protect(FieldPurposes.ContactEmail, Form.Email!.Trim()) : null;
        preference.SafeTimeWindow = (Form.SafeTimeWindow ?? "").Trim();
        preference.ProtectedCodeWord = protector.Protect(FieldPurposes.ContactCodeWord, Form.CodeWord?.Trim());
        preference.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Me/Contact", new { saved = "true" });
    }

    public sealed class ContactForm
    {
        [Display(Name = "How may we contact you?")]
        public List<ContactChannels> Channels { get; set; } = [];

        [StringLength(30, ErrorMessage = "Use at most 30 characters.")]
        [RegularExpression(@"^[0-9+()\-\s]*$", ErrorMessage = "Use only digits, spaces and + ( ) -.")]
        [Display(Name = "Phone number for calls or texts")]
        public string? Phone { get; set; }

        [StringLength(254, ErrorMessage = "Use at most 254 characters.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
        [Display(Name = "Email address for short updates")]
        public string? Email { get; set; }

        [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
        [Display(Name = "When is it safe to contact you?")]
        public string? SafeTimeWindow { get; set; }

        [StringLength(60, ErrorMessage = "Use at most 60 characters.")]
        [Display(Name = "Code word (optional)")]
        public string? CodeWord { get; set; }
    }
}
