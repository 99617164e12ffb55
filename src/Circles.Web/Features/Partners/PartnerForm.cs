using System.ComponentModel.DataAnnotations;
using Circles.Web.Security;

namespace Circles.Web.Features.Partners;

/// <summary>The fields a coordinator fills in about a partner; shared by the new and edit pages.</summary>
public sealed class PartnerForm
{
    [Required(ErrorMessage = "Give the partner a name.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Kind of partner")]
    public PartnerKind Kind { get; set; }

    [StringLength(120, ErrorMessage = "Use at most 120 characters.")]
    [Display(Name = "Contact person")]
    public string? ContactName { get; set; }

    [StringLength(40, ErrorMessage = "Use at most 40 characters.")]
    [Display(Name = "Phone")]
    public string? ContactPhone { get; set; }

    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    [EmailAddress(ErrorMessage = "That does not look like an email address.")]
    [Display(Name = "Email")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Best way to reach them")]
    public PartnerContactWay PreferredContact { get; set; }

    [StringLength(2000, ErrorMessage = "Use at most 2000 characters.")]
    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    [Display(Name = "Show this partner's name to new members in \"How did you find us?\"")]
    public bool ShowWhenJoining { get; set; }

    [Display(Name = "Communities")]
    public List<Guid> CommunityIds { get; set; } = [];

    public Guid Version { get; set; }

    public static PartnerForm From(Partner partner, FieldProtector protector, IEnumerable<Guid> communityIds) => new()
    {
        Name = partner.Name,
        Kind = partner.Kind,
        ContactName = protector.Unprotect(FieldPurposes.PartnerContactName, partner.ContactNameProtected),
        ContactPhone = protector.Unprotect(FieldPurposes.PartnerContactPhone, partner.ContactPhoneProtected),
        ContactEmail = protector.Unprotect(FieldPurposes.PartnerContactEmail, partner.ContactEmailProtected),
        PreferredContact = partner.PreferredContact,
        Notes = partner.Notes,
        ShowWhenJoining = partner.ShowWhenJoining,
        CommunityIds = [.. communityIds],
        Version = partner.Version,
    };

    public void ApplyTo(Partner partner, FieldProtector protector)
    {
        partner.Name = Name.Trim();
        partner.Kind = Kind;
        partner.ContactNameProtected = protector.Protect(FieldPurposes.PartnerContactName, Blank(ContactName));
        partner.ContactPhoneProtected = protector.Protect(FieldPurposes.PartnerContactPhone, Blank(ContactPhone));
        partner.ContactEmailProtected = protector.Protect(FieldPurposes.PartnerContactEmail, Blank(ContactEmail));
        partner.PreferredContact = PreferredContact;
        partner.Notes = (Notes ?? "").Trim();
        partner.ShowWhenJoining = ShowWhenJoining;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
