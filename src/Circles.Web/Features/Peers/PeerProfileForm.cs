using System.ComponentModel.DataAnnotations;
using Circles.Web.Features.Groups;

namespace Circles.Web.Features.Peers;

/// <summary>What a peer supporter says about themselves. Lists of flags arrive as repeated checkboxes.</summary>
public sealed class PeerProfileForm
{
    /// <summary>The languages groups can be held in; a peer supports people in the same ones.</summary>
    public static IReadOnlyList<string> LanguageChoices => GroupForm.Languages;

    [Display(Name = "Languages you can support someone in")]
    public List<string> Languages { get; set; } = [];

    [Display(Name = "When you are usually free")]
    public List<Availability> Availability { get; set; } = [];

    [Range(1, 10, ErrorMessage = "Choose between 1 and 10 people.")]
    [Display(Name = "How many people you can support at once")]
    public int Capacity { get; set; } = 2;

    [Display(Name = "What you are willing to talk about")]
    public List<PeerTopics> Topics { get; set; } = [];

    [Display(Name = "What you choose to say about your own experience")]
    public List<SharedExperience> Experiences { get; set; } = [];

    [Display(Name = "Gender")]
    public PeerGender Gender { get; set; } = PeerGender.NotSaid;

    [Display(Name = "Community")]
    public Guid? CommunityId { get; set; }

    public Guid Version { get; set; }

    public static PeerProfileForm From(PeerSupporterProfile profile) => new()
    {
        Languages = [.. profile.Languages],
        Availability = Split(profile.Availability),
        Capacity = profile.Capacity,
        Topics = Split(profile.Topics),
        Experiences = Split(profile.Experiences),
        Gender = profile.Gender,
        CommunityId = profile.CommunityId,
        Version = profile.Version,
    };

    public void ApplyTo(PeerSupporterProfile profile)
    {
        profile.Languages = [.. Languages.Order(StringComparer.Ordinal)];
        profile.Availability = Join(Availability);
        profile.Capacity = Capacity;
        profile.Topics = Join(Topics);
        profile.Experiences = Join(Experiences);
        profile.Gender = Gender;
        profile.CommunityId = CommunityId;
    }

    /// <summary>The named flags of an enum, without None.</summary>
    public static IReadOnlyList<T> Flags<T>() where T : struct, Enum =>
        [.. Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0)];

    private static List<T> Split<T>(T value) where T : struct, Enum => [.. Flags<T>().Where(flag => value.HasFlag(flag))];

    /// <summary>Only named flags count: a crafted value cannot set bits the form does not offer.</summary>
    private static T Join<T>(IEnumerable<T> values) where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), values.Where(v => Flags<T>().Contains(v)).Aggregate(0L, (all, v) => all | Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));
}
