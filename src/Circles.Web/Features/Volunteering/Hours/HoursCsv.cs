using System.Globalization;
using System.Text;
using Circles.Web.Features.Directory.Hsds;

namespace Circles.Web.Features.Volunteering;

/// <summary>
/// Approved hours as CSV, one row per volunteer and assignment. Text cells that a spreadsheet
/// would run as a formula (starting with = + - @, tab or CR) get an apostrophe in front (SEC-23,
/// <see cref="CsvFormulaGuard"/>); hours are numbers with a dot, as spreadsheets read them.
/// </summary>
public static class HoursCsv
{
    public sealed record Line(string Name, string Assignment, decimal Hours);

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<Line> lines)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', header.Select(Cell)).Append("\r\n");
        foreach (var line in lines)
        {
            text.Append(Cell(line.Name)).Append(',')
                .Append(Cell(line.Assignment)).Append(',')
                .Append(line.Hours.ToString("0.##", CultureInfo.InvariantCulture)).Append("\r\n");
        }
        // With a byte order mark, so spreadsheets read accents and Arabic right.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Cell(string value)
    {
        var safe = CsvFormulaGuard.Neutralise(value);
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
