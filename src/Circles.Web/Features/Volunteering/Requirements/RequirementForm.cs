using System.ComponentModel.DataAnnotations;

namespace Circles.Web.Features.Volunteering;

/// <summary>The fields of a requirement type; shared by the add and edit pages.</summary>
public sealed class RequirementForm
{
    [Required(ErrorMessage = "Give the requirement a name.")]
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
    public string Name { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    [Range(1, 120, ErrorMessage = "Give the validity in months, from 1 to 120.")]
    public int ValidityMonths { get; set; } = 12;

    [Range(0, 365, ErrorMessage = "Give the renewal window in days, from 0 to 365.")]
    public int RenewalWindowDays { get; set; } = RequirementType.DefaultRenewalWindowDays;

    public Guid Version { get; set; }

    /// <summary>Only the offered roles are kept; at least one is needed.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        Roles = [.. Roles.Where(RequirementType.RoleChoices.Contains).Distinct()];
        if (Roles.Count == 0)
        {
            yield return ("Form.Roles", "Choose at least one role that needs it.");
        }
    }

    public static RequirementForm From(RequirementType type) => new()
    {
        Name = type.Name,
        Roles = [.. type.RoleList],
        ValidityMonths = type.ValidityMonths,
        RenewalWindowDays = type.RenewalWindowDays,
        Version = type.Version,
    };

    public void ApplyTo(RequirementType type)
    {
        type.Name = Name.Trim();
        type.Roles = string.Join(",", Roles);
        type.ValidityMonths = ValidityMonths;
        type.RenewalWindowDays = RenewalWindowDays;
    }
}
