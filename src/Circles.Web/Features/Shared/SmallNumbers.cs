using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Shared;

/// <summary>
/// The one rule for counts of people in reports: a count from 1 to 4 is shown as "fewer than
/// 5", so that a small group cannot be told apart (SEC-34). 0 shows as 0: nobody is there to be
/// found. A total that includes a hidden count is not shown either, or subtracting the shown
/// counts from it would give the hidden one back (<see cref="Total"/>).
/// A whole table with totals goes through <see cref="Suppress"/>: secondary suppression so that no
/// hidden count can be worked out by an attacker who sees every shown figure of the table and of
/// the same table without the filter, and solves every equation with one unknown. Not covered:
/// several equations combined at once, bounds (counts are never negative), more than two tables
/// side by side (every community one after another), outside knowledge; see
/// docs/decisions/0018-small-numbers-secondary-suppression.md. Rates: <see cref="Rate"/>.
/// </summary>
public static class SmallNumbers
{
    public const int Threshold = 5;

    public static bool IsHidden(int count) => count is > 0 and < Threshold;

    public static string Show(int count, IStringLocalizer l) =>
        IsHidden(count) ? l["fewer than 5"].Value : count.ToString(CultureInfo.CurrentCulture);

    /// <summary>
    /// An entry of a <see cref="SuppressedTable"/> as text: the count when shown; "fewer than 5" when
    /// it is hidden and from 1 to 4; "not shown" when it is hidden to protect another one.
    /// </summary>
    public static string Show(int count, bool hidden, IStringLocalizer l) =>
        !hidden ? count.ToString(CultureInfo.CurrentCulture)
        : IsHidden(count) ? l["fewer than 5"].Value
        : l["not shown"].Value;

    /// <summary>The sum of <paramref name="counts"/> as text, or null (not shown) when any of them is hidden.</summary>
    public static string? Total(IEnumerable<int> counts, IStringLocalizer l)
    {
        var all = counts.ToList();
        return all.Any(IsHidden) ? null : Show(all.Sum(), l);
    }

    /// <summary>
    /// A rate (<paramref name="part"/> out of <paramref name="whole"/>, from 0 to 1), or null when it
    /// may not be shown: when the part, the whole, or what is left of the whole (whole − part) is a
    /// count from 1 to 4, because each of these and the rate together give the hidden count back;
    /// and when the whole is 0 (no rate at all).
    /// </summary>
    public static double? Rate(int part, int whole) =>
        whole <= 0 || part < 0 || part > whole || IsHidden(part) || IsHidden(whole) || IsHidden(whole - part)
            ? null
            : (double)part / whole;

    /// <summary>
    /// Applies the rule to a whole table of counts of people (rows × columns, with row, column
    /// and grand totals), so that someone who sees every shown figure cannot work a hidden one out:
    /// <list type="number">
    /// <item>Primary: every count from 1 to 4, cell or total, is hidden; 0 is shown.</item>
    /// <item>Secondary: every line of the table with its totals (each row with its row total, each
    /// column with its column total, the row of column totals with the grand total, the column of
    /// row totals with the grand total) holds no hidden entry or at least two, so no line is an
    /// equation with a single unknown. Where a line holds exactly one, the smallest other entry
    /// that is not 0 is hidden too (a 0 only when nothing else is left: hiding a 0 beside a 3 would
    /// still tell that the two add up to 3), and this repeats until nothing changes.</item>
    /// <item>Two filters combined: <paramref name="reference"/>, when given, is the same table
    /// without the current filter (every community when one is chosen, or a longer period that
    /// contains the chosen one), shown elsewhere as <c>Suppress(reference)</c>. An entry whose
    /// difference from the reference is from 1 to 4 is hidden; and the complement
    /// (reference − counts: the people outside the filter) obeys the line rule too, counting as
    /// unknown every entry hidden here or in <c>Suppress(reference)</c>. Then the cell-wise
    /// equations reference = counts + complement never have a single unknown either.</item>
    /// </list>
    /// With every line of the filtered table, of the reference table and of their complement
    /// holding 0 or at least 2 unknowns, an attacker who solves equations with one unknown at a time
    /// never starts. What this does not cover (combining several lines at once, bounds from counts
    /// never being negative, several filters that split the reference shown side by side) is
    /// written down in docs/decisions/0018-small-numbers-secondary-suppression.md (SEC-34).
    /// </summary>
    /// <param name="totalsShown">
    /// False for a table shown without any totals (a list of months, of communities): no line is
    /// then an equation anyone can solve (its total is unknown too), so only the primary rule and
    /// the difference from the reference apply, and every total is marked hidden. Hiding a 6
    /// beside a 3 there would protect nothing and cost the reader a figure.
    /// </param>
    /// <exception cref="ArgumentException">The reference has another shape, or a cell smaller than the filtered one.</exception>
    public static SuppressedTable Suppress(int[,] counts, int[,]? reference = null, bool totalsShown = true)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var rows = counts.GetLength(0);
        var columns = counts.GetLength(1);
        if (reference is not null && (reference.GetLength(0) != rows || reference.GetLength(1) != columns))
        {
            throw new ArgumentException("The reference table must have the same rows and columns.", nameof(reference));
        }

        var table = Extend(counts);
        // hidden[r, c] over the extended table: rows × columns, then the totals in the last row and column.
        var hidden = new bool[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                if (table[r, c] < 0)
                {
                    throw new ArgumentException("Counts cannot be negative.", nameof(counts));
                }
                hidden[r, c] = IsHidden(table[r, c]);
            }
        }

        int[,]? complement = null;
        bool[,]? referenceHidden = null;
        if (reference is not null)
        {
            var referenceTable = Extend(reference);
            referenceHidden = Suppress(reference, totalsShown: totalsShown).HiddenWithTotals();
            complement = new int[rows + 1, columns + 1];
            for (var r = 0; r <= rows; r++)
            {
                for (var c = 0; c <= columns; c++)
                {
                    complement[r, c] = referenceTable[r, c] - table[r, c];
                    if (complement[r, c] < 0)
                    {
                        throw new ArgumentException("The reference table cannot be smaller than the filtered one.", nameof(reference));
                    }
                    hidden[r, c] |= IsHidden(complement[r, c]);
                }
            }
        }

        if (!totalsShown)
        {
            for (var r = 0; r <= rows; r++)
            {
                hidden[r, columns] = true;
            }
            for (var c = 0; c <= columns; c++)
            {
                hidden[rows, c] = true;
            }
        }

        // Without shown totals every line already holds an unknown total: nothing to solve, nothing more to hide.
        var changed = totalsShown;
        while (changed)
        {
            changed = false;
            foreach (var line in Lines(rows, columns))
            {
                // The filtered table: its own hidden entries.
                changed |= HideSecondIfAlone(line, table, hidden, p => hidden[p.Row, p.Column]);
                if (referenceHidden is not null)
                {
                    // The complement: unknown wherever the filtered or the reference entry is hidden.
                    changed |= HideSecondIfAlone(line, table, hidden, p => hidden[p.Row, p.Column] || referenceHidden[p.Row, p.Column]);
                }
            }
        }

        var cellHidden = new bool[rows, columns];
        var rowTotals = new int[rows];
        var rowTotalHidden = new bool[rows];
        var columnTotals = new int[columns];
        var columnTotalHidden = new bool[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                cellHidden[r, c] = hidden[r, c];
            }
            rowTotals[r] = table[r, columns];
            rowTotalHidden[r] = hidden[r, columns];
        }
        for (var c = 0; c < columns; c++)
        {
            columnTotals[c] = table[rows, c];
            columnTotalHidden[c] = hidden[rows, c];
        }
        return new SuppressedTable
        {
            Values = counts,
            Hidden = cellHidden,
            RowTotals = rowTotals,
            RowTotalHidden = rowTotalHidden,
            ColumnTotals = columnTotals,
            ColumnTotalHidden = columnTotalHidden,
            GrandTotal = table[rows, columns],
            GrandTotalHidden = hidden[rows, columns],
        };
    }

    /// <summary>The table with its row totals as a last column, column totals as a last row, and the grand total in the corner.</summary>
    private static int[,] Extend(int[,] counts)
    {
        var rows = counts.GetLength(0);
        var columns = counts.GetLength(1);
        var table = new int[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                table[r, c] = counts[r, c];
                table[r, columns] += counts[r, c];
                table[rows, c] += counts[r, c];
                table[rows, columns] += counts[r, c];
            }
        }
        return table;
    }

    /// <summary>The lines of the extended table: every row and every column of it, totals included; each is one equation.</summary>
    internal static IEnumerable<(int Row, int Column)[]> Lines(int rows, int columns)
    {
        for (var r = 0; r <= rows; r++)
        {
            yield return [.. Enumerable.Range(0, columns + 1).Select(c => (r, c))];
        }
        for (var c = 0; c <= columns; c++)
        {
            yield return [.. Enumerable.Range(0, rows + 1).Select(r => (r, c))];
        }
    }

    /// <summary>When exactly one entry of the line is unknown, hides the smallest shown entry that is not 0 (a 0 only when nothing else is left).</summary>
    private static bool HideSecondIfAlone((int Row, int Column)[] line, int[,] table, bool[,] hidden, Func<(int Row, int Column), bool> unknown)
    {
        if (line.Count(unknown) != 1)
        {
            return false;
        }
        var second = line.Where(p => !unknown(p))
            .OrderBy(p => table[p.Row, p.Column] == 0)
            .ThenBy(p => table[p.Row, p.Column])
            .First();
        hidden[second.Row, second.Column] = true;
        return true;
    }
}
