using System.Globalization;
using Circles.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Impact;

/// <summary>
/// One table of the dashboard, as the screen, the CSV and the print page all show it. Counts of
/// people have been through <see cref="SmallNumbers.Suppress"/> once (<see cref="Counts"/>);
/// every cell's text comes from <see cref="Text"/>, so "fewer than 5" reads the same in all three.
/// Rates built on a row's counts (<see cref="ImpactRate"/>) are given as text already, and are
/// null when a count they rest on is hidden.
/// </summary>
public sealed class ImpactTable
{
    /// <summary>The CSV's table key (<c>/impact/csv?table=…</c>).</summary>
    public required string Key { get; init; }
    public required string Caption { get; init; }
    public required string RowHeader { get; init; }
    public required IReadOnlyList<string> Rows { get; init; }
    public required IReadOnlyList<string> Columns { get; init; }
    public required SuppressedTable Counts { get; init; }

    /// <summary>Whether the counts are counts of people (then suppressed); sessions and engagements are not.</summary>
    public bool OfPeople { get; init; } = true;

    /// <summary>Whether row and column totals mean something (they do not for distinct people over months).</summary>
    public bool ShowTotals { get; init; }

    public IReadOnlyList<ImpactRate> Rates { get; init; } = [];

    public int ColumnCount => Columns.Count + Rates.Count + (ShowTotals ? 1 : 0);

    /// <summary>The header row, as on screen and in the CSV.</summary>
    public IReadOnlyList<string> Header(IStringLocalizer l) =>
        [RowHeader, .. Columns, .. Rates.Select(r => r.Label), .. ShowTotals ? [l["Total"].Value] : Array.Empty<string>()];

    /// <summary>A row's cells after its label, as on screen and in the CSV.</summary>
    public IReadOnlyList<string> Cells(int row, IStringLocalizer l)
    {
        var cells = new List<string>();
        for (var c = 0; c < Columns.Count; c++)
        {
            cells.Add(Text(Counts.Values[row, c], Counts.Hidden[row, c], l));
        }
        cells.AddRange(Rates.Select(rate => rate.Values[row] ?? l["not shown"].Value));
        if (ShowTotals)
        {
            cells.Add(Text(Counts.RowTotals[row], Counts.RowTotalHidden[row], l));
        }
        return cells;
    }

    /// <summary>The totals row's cells, or null when the table has none.</summary>
    public IReadOnlyList<string>? TotalCells(IStringLocalizer l)
    {
        if (!ShowTotals)
        {
            return null;
        }
        var cells = new List<string>();
        for (var c = 0; c < Columns.Count; c++)
        {
            cells.Add(Text(Counts.ColumnTotals[c], Counts.ColumnTotalHidden[c], l));
        }
        cells.AddRange(Rates.Select(_ => ""));
        cells.Add(Text(Counts.GrandTotal, Counts.GrandTotalHidden, l));
        return cells;
    }

    /// <summary>
    /// A count as shown: the number, or "fewer than 5" when it is from 1 to 4 and hidden, or "not
    /// shown" when it is hidden only so that a small one cannot be worked out from it.
    /// </summary>
    public static string Text(int value, bool hidden, IStringLocalizer l) =>
        !hidden ? value.ToString(CultureInfo.CurrentCulture)
        : SmallNumbers.IsHidden(value) ? l["fewer than 5"].Value
        : l["not shown"].Value;

    /// <summary>A table of figures that do not rest on people (sessions held, engagements): nothing hidden.</summary>
    public static SuppressedTable NotOfPeople(int[,] counts)
    {
        var rows = counts.GetLength(0);
        var columns = counts.GetLength(1);
        var rowTotals = new int[rows];
        var columnTotals = new int[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                rowTotals[r] += counts[r, c];
                columnTotals[c] += counts[r, c];
            }
        }
        return new SuppressedTable
        {
            Values = counts,
            Hidden = new bool[rows, columns],
            RowTotals = rowTotals,
            RowTotalHidden = new bool[rows],
            ColumnTotals = columnTotals,
            ColumnTotalHidden = new bool[columns],
            GrandTotal = rowTotals.Sum(),
            GrandTotalHidden = false,
        };
    }

    /// <summary>A column of counts into a one-column table (rows × 1).</summary>
    public static int[,] Column(IReadOnlyList<int> values)
    {
        var table = new int[values.Count, 1];
        for (var r = 0; r < values.Count; r++)
        {
            table[r, 0] = values[r];
        }
        return table;
    }
}

/// <summary>A column of rates or averages built on a row's counts; a null value is hidden (a count it rests on is).</summary>
public sealed record ImpactRate(string Label, IReadOnlyList<string?> Values);

/// <summary>One section of the dashboard: its tables and, for some, a chart drawn from one of them.</summary>
public sealed record ImpactSection(string Key, string Title, string? Note, IReadOnlyList<ImpactTable> Tables, ImpactChart? Chart = null)
{
    public IReadOnlyList<string> Lines { get; init; } = [];
}
