using System.Globalization;
using System.Text;
using Circles.Web.Features.Directory.Hsds;
using CsvHelper;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Impact;

/// <summary>
/// A dashboard table as CSV, written by CsvHelper like the directory and hours exports: the same
/// header and cells as the screen (<see cref="ImpactTable.Header"/>, <see cref="ImpactTable.Cells"/>),
/// so a hidden count reads "fewer than 5" here too. Every cell is text from the screen, so every
/// cell goes through <see cref="CsvFormulaGuard"/> (SEC-23): a group named "=1+1" stays text.
/// </summary>
public static class ImpactCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { FormatProvider = CultureInfo.InvariantCulture };

    public static byte[] Write(ImpactTable table, IStringLocalizer l)
    {
        using var buffer = new MemoryStream();
        // With a byte order mark, so spreadsheets read accents and Arabic right.
        buffer.Write(Encoding.UTF8.GetPreamble());
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. table.Header(l).Select(CsvFormulaGuard.Neutralise)]);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                WriteRow(csv, table.Rows[r], table.Cells(r, l));
            }
            if (table.TotalCells(l) is { } totals)
            {
                WriteRow(csv, l["Total"].Value, totals);
            }
        }
        return buffer.ToArray();
    }

    private static void WriteRow(CsvWriter csv, string label, IReadOnlyList<string> cells)
    {
        csv.WriteField(CsvFormulaGuard.Neutralise(label));
        foreach (var cell in cells)
        {
            csv.WriteField(CsvFormulaGuard.Neutralise(cell));
        }
        csv.EndRecord();
    }
}
