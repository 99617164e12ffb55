using Circles.Web.Features.Me;
using System.ComponentModel.DataAnnotations;

namespace Circles.Web.Features.Needs;

/// <summary>What a member (or a facilitator for them) says about a need. Only the category is required.</summary>
public class NeedForm
{
    [Required(ErrorMessage = "Choose what you need help with.")]
    [Display(Name = "What do you need help with?")]
    public NeedCategory? Category { get; set; }

    [Display(Name = "How soon?")]
    public NeedUrgency Urgency { get; set; } = NeedUrgency.Soon;

    [StringLength(4000, ErrorMessage = "Use at most 4000 characters.")]
    [Display(Name = "Tell us more (optional)")]
    public string? Description { get; set; }

    [Display(Name = "How should we contact you about it?")]
    public List<ContactChannels> Channels { get; set; } = [ContactChannels.InApp];

    [Display(Name = "Language for the help")]
    public string Language { get; set; } = "en";

    [Display(Name = "Community (optional)")]
    public Guid? CommunityId { get; set; }

    /// <summary>
    /// The ways to be reached about a need. Email is not one: it carries only the neutral
    /// "You have a new update" notification (SEC-7), never a conversation about a need.
    /// </summary>
    public static readonly IReadOnlyList<ContactChannels> Offered =
        [.. Enum.GetValues<ContactChannels>().Where(c => c is not (ContactChannels.None or ContactChannels.Email))];

    /// <summary>The chosen channels as flags; in Circles only when nothing was chosen (SEC-7).</summary>
    public ContactChannels ChannelFlags()
    {
        var flags = Channels.Where(Offered.Contains).Aggregate(ContactChannels.None, (all, one) => all | one);
        return flags == ContactChannels.None ? ContactChannels.InApp : flags;
    }
}

/// <summary>A facilitator's form: for whom, and that they agreed.</summary>
public sealed class RecordNeedForm : NeedForm
{
    [Required(ErrorMessage = "Choose the person.")]
    [Display(Name = "For whom")]
    public Guid? MemberUserId { get; set; }

    [Display(Name = "They agreed that I record this for them")]
    public bool ConsentNoted { get; set; }
}
