using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.FormatChanges;

/// <summary>How a change reads, in the reader's language: its area, and "Format: In person → Hybrid" for an automatic entry.</summary>
public static class FormatChangeText
{
    public static string Area(IStringLocalizer l, FormatChangeArea area) => area switch
    {
        FormatChangeArea.Format => l["Format"],
        FormatChangeArea.Agenda => l["Agenda"],
        FormatChangeArea.Timing => l["Timing"],
        FormatChangeArea.Place => l["Place"],
        FormatChangeArea.GroundRules => l["Ground rules"],
        _ => l["Other"],
    };

    /// <summary>The automatic part ("Format: In person → Hybrid"), or null for an entry written by hand.</summary>
    public static string? Automatic(IStringLocalizer l, GroupField? field, string before, string after) => field switch
    {
        null => null,
        GroupField.Format => l["{0}: {1} → {2}", l["Format"], FormatName(l, before), FormatName(l, after)].Value,
        GroupField.MeetingPattern => l["{0}: {1} → {2}", l["Usual meeting pattern"], OrNone(l, before), OrNone(l, after)].Value,
        GroupField.TimeZone => l["{0}: {1} → {2}", l["Time zone"], OrNone(l, before), OrNone(l, after)].Value,
        _ => l["{0}: {1} → {2}", l["Where we meet"], OrNone(l, before), OrNone(l, after)].Value,
    };

    private static string FormatName(IStringLocalizer l, string value) =>
        Enum.TryParse<Groups.GroupFormat>(value, out var format) ? l["GroupFormat:" + format] : value;

    private static string OrNone(IStringLocalizer l, string value) => value.Length == 0 ? l["(not set)"] : value;
}
