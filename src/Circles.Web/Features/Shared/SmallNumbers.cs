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

    /// <summary>
    /// Applies the rule to a whole table of counts of people (rows × columns, with row, column
    /// and grand totals): primary suppression of every count from 1 to 4, then secondary
    /// suppression so that no hidden cell can be worked out from the totals or the other cells
    /// of its row or column. <paramref name="reference"/>, when given, is the same table without
    /// the current filter (for example every community, when one community is chosen): a cell
    /// is hidden too when the difference from its reference cell is from 1 to 4, or the two
    /// tables together would give it back.
    /// </summary>
    // Issue 16 groundwork: primary suppression only, and totals hidden when anything in them is;
    // the complete secondary suppression and its property-based test replace this body.
    public static SuppressedTable Suppress(int[,] counts, int[,]? reference = null)
    {
        var rows = counts.GetLength(0);
        var columns = counts.GetLength(1);
        var hidden = new bool[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                hidden[r, c] = IsHidden(counts[r, c])
                    || (reference is not null && IsHidden(reference[r, c] - counts[r, c]));
            }
        }
        var rowTotals = new int[rows];
        var rowHidden = new bool[rows];
        var columnTotals = new int[columns];
        var columnHidden = new bool[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                rowTotals[r] += counts[r, c];
                columnTotals[c] += counts[r, c];
                rowHidden[r] |= hidden[r, c];
                columnHidden[c] |= hidden[r, c];
            }
        }
        var grandTotal = rowTotals.Sum();
        return new SuppressedTable
        {
            Values = counts,
            Hidden = hidden,
            RowTotals = rowTotals,
            RowTotalHidden = rowHidden,
            ColumnTotals = columnTotals,
            ColumnTotalHidden = columnHidden,
            GrandTotal = grandTotal,
            GrandTotalHidden = rowHidden.Any(h => h) || IsHidden(grandTotal),
        };
    }
}
