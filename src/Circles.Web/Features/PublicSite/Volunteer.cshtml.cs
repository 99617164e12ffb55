using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using Circles.Web.Data;
using Circles.Web.Features.Volunteers;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.PublicSite;

/// <summary>
/// How to volunteer, and the form to offer (no account). It stores only what it asks: no
/// address, no browser details. How to reach them, why and what worries them are encrypted
/// (SEC-27). Submissions are limited per client address (SEC-13, RateLimits.PublicForm).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class VolunteerModel(
    PublicSites sites, PublicPageTexts texts, MarkdownRenderer renderer,
    IServiceScopeFactory scopes, TimeProvider clock, IStringLocalizer<SharedResource> l) : ContentPageModel(sites, texts, renderer)
{
    protected override PublicPageKind Kind => PublicPageKind.Volunteer;

    [BindProperty]
    public VolunteerForm Form { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!string.IsNullOrWhiteSpace(Form.Contact) && !LooksLikeEmailOrPhone(Form.Contact))
        {
            ModelState.AddModelError("Form.Contact", l["Enter an email address or a phone number."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A fresh scope for the organization of this page: a signed-in visitor of another
        // organization may offer too, and the tenant guard must see this organization.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(Site.OrganizationId);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
        var now = clock.GetUtcNow().UtcDateTime;
        db.VolunteerApplications.Add(new VolunteerApplication
        {
            OrganizationId = Site.OrganizationId,
            Name = Form.Name.Trim(),
            ProtectedContact = protector.Protect(FieldPurposes.VolunteerContact, Form.Contact.Trim()),
            ProtectedMotivation = protector.Protect(FieldPurposes.VolunteerMotivation, Form.Motivation?.Trim()),
            ProtectedWorries = protector.Protect(FieldPurposes.VolunteerWorries, Form.Worries?.Trim()),
            Skills = Form.Skills?.Trim() ?? "",
            Languages = Form.Languages?.Trim() ?? "",
            Availability = Form.Availability?.Trim() ?? "",
            HeardFrom = Form.HeardFrom?.Trim() ?? "",
            Stage = VolunteerStage.Interest,
            StageEnteredAt = now,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Redirect(LinkTo("/PublicSite/Thanks"));
    }

    private static bool LooksLikeEmailOrPhone(string value)
    {
        value = value.Trim();
        if (value.Contains('@'))
        {
            return MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.');
        }
        var digits = value.Count(char.IsDigit);
        return digits >= 6 && value.All(c => char.IsDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.');
    }

    public sealed class VolunteerForm
    {
        [Required(ErrorMessage = "Enter what you would like to be called.")]
        [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
        [Display(Name = "What would you like to be called?")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Enter an email address or a phone number.")]
        [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
        [Display(Name = "How can we reach you? (email or phone)")]
        public string Contact { get; set; } = "";

        [StringLength(4000, ErrorMessage = "Use at most 4000 characters.")]
        [Display(Name = "Why would you like to volunteer?")]
        public string? Motivation { get; set; }

        [StringLength(4000, ErrorMessage = "Use at most 4000 characters.")]
        [Display(Name = "Is there anything you are unsure or worried about?")]
        public string? Worries { get; set; }

        [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
        [Display(Name = "Skills you would like to share")]
        public string? Skills { get; set; }

        [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
        [Display(Name = "Languages you speak")]
        public string? Languages { get; set; }

        [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
        [Display(Name = "When are you usually available?")]
        public string? Availability { get; set; }

        [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
        [Display(Name = "How did you hear about us?")]
        public string? HeardFrom { get; set; }
    }
}
