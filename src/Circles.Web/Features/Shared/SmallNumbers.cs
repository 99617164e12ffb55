using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Shared;

/// <summary>
/// The one rule for counts of people in reports: a count from 1 to 4 is shown as "fewer than
/// 5", so that a small group cannot be told apart (SEC-34). 0 shows as 0: nobody is there to be
/// found. A total that includes a hidden count is not shown either, or subtracting the shown
/// counts from it would give the hidden one back (<see cref="Total"/>).
/// </summary>
public static class SmallNumbers
{
    public const int Threshold = 5;

    public static bool IsHidden(int count) => count is > 0 and < Threshold;

    public static string Show(int count, IStringLocalizer l) =>
        IsHidden(count) ? l["fewer than 5"].Value : count.ToString(CultureInfo.CurrentCulture);

    /// <summary>The sum of <paramref name="counts"/> as text, or null (not shown) when any of them is hidden.</summary>
    public static string? Total(IEnumerable<int> counts, IStringLocalizer l)
    {
        var all = counts.ToList();
        return all.Any(IsHidden) ? null : Show(all.Sum(), l);
    }
}
