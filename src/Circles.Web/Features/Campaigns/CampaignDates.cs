using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Campaigns;

/// <summary>A campaign's days as each language writes them, with the year (campaigns cross years).</summary>
public static class CampaignDates
{
    /// <summary>"18 March 2027"</summary>
    public static string FullDay(this IStringLocalizer l, DateOnly value) =>
        value.ToString(l["d MMMM yyyy"].Value, CultureInfo.CurrentCulture);

    /// <summary>The value of an input of type date.</summary>
    public static string Input(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
