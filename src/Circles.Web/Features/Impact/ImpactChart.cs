using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Impact;

/// <summary>
/// A bar chart drawn on the server as inline SVG (no JavaScript), from one column of a table that
/// stands beside it. A hidden figure gets no bar and a mark instead, so the chart never shows what
/// the table hides. Scales to a phone's width through its viewBox.
/// </summary>
public sealed class ImpactChart
{
    public const int Height = 160;
    public const int Top = 12;
    public const int Bottom = 24;
    public const int Left = 8;
    public const int Step = 28;
    public const int BarWidth = 18;

    public sealed record Bar(string X, string Y, string BarHeight, string LabelX, string Label, string Text, bool Hidden);

    public string Id { get; }
    public string Title { get; }
    public string Description { get; }
    public IReadOnlyList<Bar> Bars { get; }
    public int Width { get; }
    public static string Baseline => Format(Height - Bottom);

    /// <param name="id">A unique id on the page, for the title and description.</param>
    /// <param name="labels">Short labels under the bars.</param>
    /// <param name="values">The figures; null when hidden.</param>
    /// <param name="texts">The figures as the table shows them.</param>
    public ImpactChart(string id, string title, IReadOnlyList<string> labels, IReadOnlyList<double?> values, IReadOnlyList<string> texts, IStringLocalizer l)
    {
        Id = id;
        Title = title;
        Width = Left * 2 + Math.Max(1, values.Count) * Step;
        var max = values.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var scale = max > 0 ? (Height - Top - Bottom) / max : 0;
        Bars = [.. values.Select((value, i) =>
        {
            var height = value is { } v ? Math.Max(v > 0 ? 1 : 0, v * scale) : 0;
            var x = Left + (i * Step) + ((Step - BarWidth) / 2.0);
            return new Bar(Format(x), Format(Height - Bottom - height), Format(height), Format(x + (BarWidth / 2.0)), labels[i], texts[i], value is null);
        })];
        Description = string.Join("; ", labels.Select((label, i) => label + ": " + texts[i]));
        if (values.Count == 0)
        {
            Description = l["No figures for this period."].Value;
        }
    }

    /// <summary>A chart of one column of counts of a table, labelled with short labels.</summary>
    public static ImpactChart OfColumn(string id, ImpactTable table, int column, IReadOnlyList<string> labels, IStringLocalizer l)
    {
        var values = Enumerable.Range(0, table.Rows.Count).Select(r => table.Counts.Hidden[r, column] ? (double?)null : table.Counts.Values[r, column]).ToList();
        var texts = Enumerable.Range(0, table.Rows.Count).Select(r => ImpactTable.Text(table.Counts.Values[r, column], table.Counts.Hidden[r, column], l)).ToList();
        return new ImpactChart(id, table.Caption + " · " + table.Columns[column], labels, values, texts, l);
    }

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
