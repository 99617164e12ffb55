using Circles.Web.Features.Needs;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Peers;

/// <summary>
/// Turns a <see cref="MatchReason"/> into the kind, plain sentence a member or coordinator reads
/// ("Happy to talk about housing", "Did not say their gender"). Flag names are lower-case words
/// meant for the middle of a sentence, hence their own key families (MatchTopic:…, not the form labels).
/// </summary>
public static class PeerMatchReasons
{
    public static string Describe(MatchReason reason, IStringLocalizer l) => reason.Kind switch
    {
        MatchReasonKind.Language => l["Speaks your language: {0}", NeedLanguages.NameOf(reason.Language ?? "")],
        MatchReasonKind.Community => reason.Met ? l["From the same community"] : l["From another community"],
        MatchReasonKind.Experience => reason.Met
            ? l["Has also lived through something similar: {0}", Words((SharedExperience)reason.Flags, f => l["MatchExperience:" + f])]
            : l["Has not shared an experience like the one you chose"],
        MatchReasonKind.Topic => reason.Met
            ? l["Happy to talk about {0}", Words((PeerTopics)reason.Flags, f => l["MatchTopic:" + f])]
            : l["Has not said they talk about the topics you chose"],
        MatchReasonKind.Gender => reason.Met
            ? l["{0}, as you asked", l["MatchGender:" + (PeerGender)reason.Flags]]
            : (PeerGender)reason.Flags == PeerGender.NotSaid ? l["Did not say their gender"] : l["Not the gender you asked for"],
        MatchReasonKind.Availability => reason.Met
            ? l["Free on {0}, like you", Words((Availability)reason.Flags, f => l["MatchTime:" + f])]
            : l["Usually free at other times than you"],
        MatchReasonKind.Load => reason.Active switch
        {
            0 => l["Supports nobody now, room for {0}", reason.Room],
            1 => l["Supports 1 person now, room for {0} more", reason.Room],
            _ => l["Supports {0} people now, room for {1} more", reason.Active, reason.Room],
        },
        _ => "",
    };

    private static string Words<TFlags>(TFlags flags, Func<TFlags, LocalizedString> word) where TFlags : struct, Enum =>
        string.Join(", ", Enum.GetValues<TFlags>()
            .Where(f => Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f))
            .Select(f => word(f).Value));
}
