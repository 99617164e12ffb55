using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Shared;

/// <summary>
/// Dates as each language writes them. The patterns are translatable keys, because .NET's own
/// patterns for a bare language ("en", "es") read like American English or leave out the
/// Spanish "de"; translators decide the order of day, month and time.
/// </summary>
public static class Dates
{
    /// <summary>"Thursday 18 March, 18:00"</summary>
    public static string DayAndTime(this IStringLocalizer l, DateTime value) =>
        value.ToString(l["dddd d MMMM, HH:mm"].Value, CultureInfo.CurrentCulture);

    /// <summary>"Thursday 18 March"</summary>
    public static string Day(this IStringLocalizer l, DateTime value) =>
        value.ToString(l["dddd d MMMM"].Value, CultureInfo.CurrentCulture);

    /// <summary>"18 Mar"</summary>
    public static string ShortDay(this IStringLocalizer l, DateTime value) =>
        value.ToString(l["d MMM"].Value, CultureInfo.CurrentCulture);

    /// <summary>"March 2026": for peer tips, where a precise day could point to who wrote them.</summary>
    public static string Month(this IStringLocalizer l, DateTime value) =>
        value.ToString(l["MMMM yyyy"].Value, CultureInfo.CurrentCulture);
}
