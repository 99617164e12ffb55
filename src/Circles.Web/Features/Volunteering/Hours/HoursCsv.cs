using System.Globalization;
using System.Text;
using Circles.Web.Features.Directory.Hsds;
using CsvHelper;

namespace Circles.Web.Features.Volunteering;

/// <summary>
/// Approved hours as CSV, one row per volunteer and assignment, written by CsvHelper like the
/// directory export. Text cells that a spreadsheet would run as a formula (starting with = + - @,
/// tab or CR) get an apostrophe in front (SEC-23, <see cref="CsvFormulaGuard"/>); hours are
/// numbers with a dot, as spreadsheets read them.
/// </summary>
public static class HoursCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { FormatProvider = CultureInfo.InvariantCulture };

    public sealed record Line(string Name, string Assignment, decimal Hours);

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<Line> lines)
    {
        using var buffer = new MemoryStream();
        // With a byte order mark, so spreadsheets read accents and Arabic right.
        buffer.Write(Encoding.UTF8.GetPreamble());
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. header.Select(CsvFormulaGuard.Neutralise)]);
            foreach (var line in lines)
            {
                csv.WriteField(CsvFormulaGuard.Neutralise(line.Name));
                csv.WriteField(CsvFormulaGuard.Neutralise(line.Assignment));
                csv.WriteField(line.Hours.ToString("0.##", CultureInfo.InvariantCulture));
                csv.EndRecord();
            }
        }
        return buffer.ToArray();
    }
}
