using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Volunteering;

/// <summary>Dates of requirements, assignments and hours as each language writes them ("18 March 2027").</summary>
public static class VolunteeringDates
{
    public static string Show(this IStringLocalizer l, DateOnly value) =>
        value.ToString(l["d MMMM yyyy"].Value, CultureInfo.CurrentCulture);

    /// <summary>Hours as a number people read: 2, 2.25, 1.5.</summary>
    public static string ShowHours(decimal hours) => hours.ToString("0.##", CultureInfo.CurrentCulture);
}
