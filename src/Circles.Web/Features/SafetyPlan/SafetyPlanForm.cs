using System.ComponentModel.DataAnnotations;

namespace Circles.Web.Features.SafetyPlan;

/// <summary>The six parts as typed, each optional (at least one is checked by the page) and each at most 4,000 characters.</summary>
public sealed class SafetyPlanForm
{
    [StringLength(PlanText.MaximumLength, ErrorMessage = "Warning signs: please use at most 4,000 characters.")]
    [Display(Name = "Warning signs")]
    public string? WarningSigns { get; set; }

    [StringLength(PlanText.MaximumLength, ErrorMessage = "Things I can do on my own: please use at most 4,000 characters.")]
    [Display(Name = "Things I can do on my own")]
    public string? CopingSteps { get; set; }

    [StringLength(PlanText.MaximumLength, ErrorMessage = "People and places that help: please use at most 4,000 characters.")]
    [Display(Name = "People and places that help")]
    public string? PeopleAndPlaces { get; set; }

    [StringLength(PlanText.MaximumLength, ErrorMessage = "People I trust: please use at most 4,000 characters.")]
    [Display(Name = "People I trust and how to reach them")]
    public string? TrustedContacts { get; set; }

    [StringLength(PlanText.MaximumLength, ErrorMessage = "Crisis lines and services: please use at most 4,000 characters.")]
    [Display(Name = "Crisis lines and services")]
    public string? CrisisLines { get; set; }

    [StringLength(PlanText.MaximumLength, ErrorMessage = "What matters to me: please use at most 4,000 characters.")]
    [Display(Name = "What matters to me")]
    public string? Reasons { get; set; }

    /// <summary>The plan's version when the form was opened; empty for a plan not made yet (SEC-43).</summary>
    public Guid Version { get; set; }

    public PlanText ToText() => new(WarningSigns, CopingSteps, PeopleAndPlaces, TrustedContacts, CrisisLines, Reasons);

    public static SafetyPlanForm From(PlanText text, Guid version) => new()
    {
        WarningSigns = text.WarningSigns,
        CopingSteps = text.CopingSteps,
        PeopleAndPlaces = text.PeopleAndPlaces,
        TrustedContacts = text.TrustedContacts,
        CrisisLines = text.CrisisLines,
        Reasons = text.Reasons,
        Version = version,
    };

    /// <summary>
    /// Adds the organization's crisis lines to the crisis-lines part, after what is already there,
    /// leaving out any line the member already has.
    /// </summary>
    public void AddCrisisLines(IReadOnlyList<string> lines)
    {
        var current = CrisisLines ?? "";
        var missing = lines.Where(line => !current.Contains(line, StringComparison.OrdinalIgnoreCase)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var joined = string.Join("\n", missing);
        CrisisLines = string.IsNullOrWhiteSpace(current) ? joined : current.TrimEnd() + "\n" + joined;
    }
}
