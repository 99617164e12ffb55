namespace Circles.Web.Features.Shared;

/// <summary>
/// A table of counts of people after the small-numbers rule (<see cref="SmallNumbers.Suppress"/>):
/// which cells and totals may be shown. The same object feeds the screen, the CSV and the print
/// page, so the rule is applied once and the same way everywhere.
/// </summary>
public sealed class SuppressedTable
{
    public required int[,] Values { get; init; }
    public required bool[,] Hidden { get; init; }
    public required int[] RowTotals { get; init; }
    public required bool[] RowTotalHidden { get; init; }
    public required int[] ColumnTotals { get; init; }
    public required bool[] ColumnTotalHidden { get; init; }
    public required int GrandTotal { get; init; }
    public required bool GrandTotalHidden { get; init; }

    public int RowCount => Values.GetLength(0);
    public int ColumnCount => Values.GetLength(1);

    /// <summary>The cell's value, or null when it may not be shown.</summary>
    public int? Cell(int row, int column) => Hidden[row, column] ? null : Values[row, column];

    public int? RowTotal(int row) => RowTotalHidden[row] ? null : RowTotals[row];

    public int? ColumnTotal(int column) => ColumnTotalHidden[column] ? null : ColumnTotals[column];

    public int? Total => GrandTotalHidden ? null : GrandTotal;

    /// <summary>
    /// Which entries are hidden over the table with its totals: cells in [row, column], row totals
    /// in the last column, column totals in the last row, the grand total in the corner.
    /// </summary>
    public bool[,] HiddenWithTotals()
    {
        var hidden = new bool[RowCount + 1, ColumnCount + 1];
        for (var r = 0; r < RowCount; r++)
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                hidden[r, c] = Hidden[r, c];
            }
            hidden[r, ColumnCount] = RowTotalHidden[r];
        }
        for (var c = 0; c < ColumnCount; c++)
        {
            hidden[RowCount, c] = ColumnTotalHidden[c];
        }
        hidden[RowCount, ColumnCount] = GrandTotalHidden;
        return hidden;
    }
}
