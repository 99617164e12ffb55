using System.ComponentModel.DataAnnotations;

namespace Circles.Web.Features.Partners;

/// <summary>A new entry of a partner's engagement log.</summary>
public sealed class EngagementForm
{
    [Display(Name = "What happened")]
    public EngagementKind Kind { get; set; }

    [Required(ErrorMessage = "Give the date.")]
    [Display(Name = "Date")]
    public DateOnly? OccurredOn { get; set; }

    [Required(ErrorMessage = "Write a short note.")]
    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    [Display(Name = "Short note")]
    public string? Note { get; set; }

    [StringLength(300, ErrorMessage = "Use at most 300 characters.")]
    [Display(Name = "Next step (optional)")]
    public string? NextStep { get; set; }

    [Display(Name = "Next step due")]
    public DateOnly? NextStepDueOn { get; set; }

    [Display(Name = "Who takes it")]
    public Guid? NextStepOwnerUserId { get; set; }
}
