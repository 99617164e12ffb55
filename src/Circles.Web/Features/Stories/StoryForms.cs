using System.ComponentModel.DataAnnotations;

namespace Circles.Web.Features.Stories;

/// <summary>What the author types: the kind, a title and the text.</summary>
public sealed class StoryForm
{
    [Display(Name = "What kind of story is it?")]
    public StoryKind Kind { get; set; } = StoryKind.Success;

    [Required(ErrorMessage = "Give your story a title.")]
    [StringLength(StoryVersion.TitleMaxLength, ErrorMessage = "A title can have at most 120 characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Write your story first.")]
    [StringLength(StoryVersion.TextMaxLength, ErrorMessage = "A story can have at most 8,000 characters.")]
    [Display(Name = "Your story")]
    public string Text { get; set; } = "";

    public Guid Version { get; set; }
}

/// <summary>Who may read it, how the author is named, and until when.</summary>
public sealed class ShareForm
{
    [Display(Name = "Who may read it?")]
    public StoryAudience Audience { get; set; } = StoryAudience.OnlyMe;

    [Display(Name = "Which group?")]
    public Guid? GroupId { get; set; }

    [Display(Name = "How are you named beside it?")]
    public StoryNaming Naming { get; set; } = StoryNaming.NoName;

    [Display(Name = "Last day it may be shown (optional)")]
    public DateOnly? ConsentEndsOn { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A coordinator's suggested version: title, text and a short note to the author.</summary>
public sealed class SuggestionForm
{
    [Required(ErrorMessage = "Give the story a title.")]
    [StringLength(StoryVersion.TitleMaxLength, ErrorMessage = "A title can have at most 120 characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "The story cannot be empty.")]
    [StringLength(StoryVersion.TextMaxLength, ErrorMessage = "A story can have at most 8,000 characters.")]
    [Display(Name = "Suggested text")]
    public string Text { get; set; } = "";

    [StringLength(1000, ErrorMessage = "A note can have at most 1,000 characters.")]
    [Display(Name = "A short note to the author (optional)")]
    public string? Note { get; set; }

    public Guid Version { get; set; }
}
