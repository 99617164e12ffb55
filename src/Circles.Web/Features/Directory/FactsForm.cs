using System.ComponentModel.DataAnnotations;

namespace Circles.Web.Features.Directory;

/// <summary>What a coordinator records about a service after checking with it. Unknown stays unknown (null): the page then says "ask".</summary>
public sealed class FactsForm
{
    [Display(Name = "Experienced with people we support")]
    public bool ExperiencedWithSurvivors { get; set; }

    [Display(Name = "Is it free?")]
    public bool? IsFree { get; set; }

    [Display(Name = "Do they ask for ID?")]
    public bool? RequiresId { get; set; }

    [Display(Name = "Do they ask for immigration documents?")]
    public bool? RequiresImmigrationDocuments { get; set; }

    [Display(Name = "Is it safe to contact them by text?")]
    public bool? SafeToText { get; set; }

    [StringLength(1000, ErrorMessage = "Use at most 1000 characters.")]
    [Display(Name = "Access (steps, lifts, hearing loops, other needs)")]
    public string? Accessibility { get; set; }

    [Display(Name = "Can they take someone now?")]
    public IntakeStatus Intake { get; set; }

    /// <summary>Communities this organization knows the service serves.</summary>
    public List<Guid> CommunityIds { get; set; } = [];

    /// <summary>The facts' version when the page was loaded; empty when there were none yet (SEC-43).</summary>
    public Guid Version { get; set; }

    public static FactsForm From(ServiceFacts? facts, IEnumerable<Guid> communities) => new()
    {
        ExperiencedWithSurvivors = facts?.ExperiencedWithSurvivors ?? false,
        IsFree = facts?.IsFree,
        RequiresId = facts?.RequiresId,
        RequiresImmigrationDocuments = facts?.RequiresImmigrationDocuments,
        SafeToText = facts?.SafeToText,
        Accessibility = facts?.Accessibility,
        Intake = facts?.Intake ?? IntakeStatus.Unknown,
        CommunityIds = [.. communities],
        Version = facts?.Version ?? Guid.Empty,
    };

    /// <summary>Copies the answers; a changed intake status counts as confirmed now.</summary>
    public void ApplyTo(ServiceFacts facts, DateTime now)
    {
        facts.ExperiencedWithSurvivors = ExperiencedWithSurvivors;
        facts.IsFree = IsFree;
        facts.RequiresId = RequiresId;
        facts.RequiresImmigrationDocuments = RequiresImmigrationDocuments;
        facts.SafeToText = SafeToText;
        // PostgreSQL text cannot hold NUL; nobody means one.
        facts.Accessibility = Accessibility?.Replace("\0", "", StringComparison.Ordinal).Trim() ?? "";
        if (facts.Intake != Intake)
        {
            facts.Intake = Intake;
            facts.IntakeConfirmedAt = Intake == IntakeStatus.Unknown ? null : now;
        }
    }
}
