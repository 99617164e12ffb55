using System.ComponentModel.DataAnnotations;

namespace Circles.Web.Features.Peers;

/// <summary>A coordinator plans a supervision check-in (date and time in UTC, like every stored time).</summary>
public sealed class ScheduleCheckInForm
{
    [Required(ErrorMessage = "Choose a date.")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Choose a time.")]
    [Display(Name = "Time")]
    public TimeOnly? Time { get; set; }
}

/// <summary>What is kept of a check-in: whether it was held, the wellbeing answer and a private note.</summary>
public sealed class RecordCheckInForm
{
    [Range(1, 5, ErrorMessage = "Choose an answer from 1 to 5.")]
    [Display(Name = "How are you carrying the support you give?")]
    public int? Wellbeing { get; set; }

    [StringLength(2000, ErrorMessage = "Use at most 2000 characters.")]
    [Display(Name = "Private note")]
    public string? Note { get; set; }

    public bool Held { get; set; }

    public Guid Version { get; set; }
}

/// <summary>How often a peer supporter has a check-in.</summary>
public sealed class SupervisionRhythmForm
{
    [Range(1, 12, ErrorMessage = "Choose between 1 and 12 weeks.")]
    [Display(Name = "A check-in every (weeks)")]
    public int EveryWeeks { get; set; } = 4;

    public Guid Version { get; set; }
}

/// <summary>The answers to "How are you carrying the support you give?": 1 very heavy to 5 light.</summary>
public static class Wellbeing
{
    public static readonly IReadOnlyList<int> Scale = [1, 2, 3, 4, 5];
}
