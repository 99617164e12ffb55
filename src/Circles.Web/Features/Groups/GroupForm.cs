using System.ComponentModel.DataAnnotations;

namespace Circles.Web.Features.Groups;

/// <summary>The fields of a group a coordinator sets; shared by the create and edit pages.</summary>
public sealed class GroupForm
{
    [Display(Name = "Community")]
    public Guid CommunityId { get; set; }

    [Required(ErrorMessage = "Give the group a name.")]
    [StringLength(120, ErrorMessage = "Use at most 120 characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Language of the group")]
    public string Language { get; set; } = "en";

    [Display(Name = "Format")]
    public GroupFormat Format { get; set; }

    [StringLength(120, ErrorMessage = "Use at most 120 characters.")]
    [Display(Name = "Focus (who it is for)")]
    public string? Focus { get; set; }

    [Range(2, 100, ErrorMessage = "Choose between 2 and 100 people.")]
    [Display(Name = "Capacity (people)")]
    public int Capacity { get; set; } = 12;

    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    [Display(Name = "Usual meeting pattern")]
    public string? MeetingPattern { get; set; }

    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    [Display(Name = "Meeting place (shown to members only)")]
    public string? MeetingPlace { get; set; }

    [Display(Name = "Time zone")]
    public string TimeZone { get; set; } = "UTC";

    [Required(ErrorMessage = "Enter a calendar title.")]
    [StringLength(60, ErrorMessage = "Use at most 60 characters.")]
    [Display(Name = "Title in calendars")]
    public string CalendarTitle { get; set; } = "Meeting";

    [Range(2, 10, ErrorMessage = "Choose between 2 and 10 sessions.")]
    [Display(Name = "Reach out after this many missed sessions in a row")]
    public int AbsenceThreshold { get; set; } = SupportGroup.DefaultAbsenceThreshold;

    [Display(Name = "Online discussion")]
    public Discussions.DiscussionMode DiscussionMode { get; set; } = Discussions.DiscussionMode.WhileFacilitatorOnDuty;

    [Display(Name = "Facilitators")]
    public List<Guid> FacilitatorIds { get; set; } = [];

    public Guid Version { get; set; }

    public static readonly IReadOnlyList<string> Languages = ["en", "es", "ar", "fr", "pt", "tl", "vi", "zh", "ru", "uk", "ro", "sw", "am", "ti", "hi", "bn", "ur"];

    public static GroupForm From(SupportGroup group, IEnumerable<Guid> facilitatorIds) => new()
    {
        CommunityId = group.CommunityId,
        Name = group.Name,
        Language = group.Language,
        Format = group.Format,
        Focus = group.Focus,
        Capacity = group.Capacity,
        MeetingPattern = group.MeetingPattern,
        MeetingPlace = group.MeetingPlace,
        TimeZone = group.TimeZone,
        CalendarTitle = group.CalendarTitle,
        AbsenceThreshold = group.AbsenceThreshold,
        DiscussionMode = group.DiscussionMode,
        FacilitatorIds = [.. facilitatorIds],
        Version = group.Version,
    };

    /// <summary>Checks what annotations cannot: known language and time zone.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (!Languages.Contains(Language))
        {
            yield return ("Form.Language", "Choose a language from the list.");
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return ("Form.TimeZone", "Choose a time zone from the list.");
        }
    }

    public void ApplyTo(SupportGroup group)
    {
        group.CommunityId = CommunityId;
        group.Name = Name.Trim();
        group.Language = Language;
        group.Format = Format;
        group.Focus = (Focus ?? "").Trim();
        group.Capacity = Capacity;
        group.MeetingPattern = (MeetingPattern ?? "").Trim();
        group.MeetingPlace = (MeetingPlace ?? "").Trim();
        group.TimeZone = TimeZone;
        group.CalendarTitle = CalendarTitle.Trim();
        group.AbsenceThreshold = AbsenceThreshold;
        group.DiscussionMode = Enum.IsDefined(DiscussionMode) ? DiscussionMode : Discussions.DiscussionMode.WhileFacilitatorOnDuty;
    }
}
