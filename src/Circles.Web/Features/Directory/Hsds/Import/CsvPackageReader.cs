using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CsvHelper;

namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>
/// Reads an HSDS tabular datapackage: datapackage.json names the tables and their CSV files
/// (without it, the CSV files named as HSDS names them are read). Each CSV row becomes one
/// <see cref="HsdsRow"/> located by the line where it starts, so quoted values spanning lines
/// still point at the right place.
/// </summary>
internal static class CsvPackageReader
{
    public const string DatapackageFile = "datapackage.json";

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static List<HsdsRow> Read(HsdsPackage package, HsdsImportReport report)
    {
        var rows = new List<HsdsRow>();
        try
        {
            foreach (var (table, path) in FilesOf(package, report))
            {
                var bytes = package.Read(path);
                if (bytes is null)
                {
                    report.Add(new HsdsProblem(HsdsProblemKind.MissingFile, path));
                    continue;
                }
                if (Utf8Text.Checked(bytes, path, report) is { } utf8)
                {
                    ReadCsv(table, path, utf8, rows, report);
                }
                if (rows.Count > HsdsLimits.MaxRecords)
                {
                    report.Add(new HsdsProblem(HsdsProblemKind.TooManyRecords, path, Detail: HsdsLimits.MaxRecords.ToString(CultureInfo.InvariantCulture)));
                    return [];
                }
            }
        }
        catch (HsdsTooLargeException)
        {
            report.Add(new HsdsProblem(HsdsProblemKind.TooLarge, DatapackageFile, Detail: HsdsLimits.Megabytes(HsdsLimits.MaxContentBytes)));
            return [];
        }
        catch (InvalidDataException)
        {
            report.Add(new HsdsProblem(HsdsProblemKind.BadZip, DatapackageFile));
            return [];
        }
        return rows;
    }

    /// <summary>The HSDS tables of the package and where their CSV files are.</summary>
    private static List<(HsdsTable Table, string Path)> FilesOf(HsdsPackage package, HsdsImportReport report)
    {
        var descriptor = package.Read(DatapackageFile);
        if (descriptor is null)
        {
            var found = package.CsvFiles.Select(file => (Table: HsdsSchema.TableForPath(file), Path: file)).ToList();
            foreach (var (_, path) in found.Where(f => f.Table is null))
            {
                report.Add(new HsdsProblem(HsdsProblemKind.SkippedFile, path));
            }
            if (found.All(f => f.Table is null))
            {
                report.Add(new HsdsProblem(HsdsProblemKind.NoDatapackage, DatapackageFile));
            }
            return [.. found.Where(f => f.Table is not null).Select(f => (f.Table!, f.Path))];
        }

        var files = new List<(HsdsTable, string)>();
        if (Utf8Text.Checked(descriptor, DatapackageFile, report) is not { } utf8)
        {
            return files;
        }
        try
        {
            using var json = JsonDocument.Parse(utf8);
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("resources", out var resources)
                || resources.ValueKind != JsonValueKind.Array)
            {
                report.Add(new HsdsProblem(HsdsProblemKind.NoDatapackage, DatapackageFile));
                return files;
            }
            foreach (var resource in resources.EnumerateArray())
            {
                var name = Text(resource, "name");
                var path = Text(resource, "path");
                var table = (name is null ? null : HsdsSchema.Tables.FirstOrDefault(t => t.Name == name))
                    ?? (path is null ? null : HsdsSchema.TableForPath(path));
                if (table is null || path is null)
                {
                    report.Add(new HsdsProblem(HsdsProblemKind.SkippedFile, path ?? name ?? DatapackageFile));
                    continue;
                }
                files.Add((table, path));
            }
        }
        catch (JsonException exception)
        {
            report.Add(new HsdsProblem(HsdsProblemKind.BadJson, DatapackageFile, Line: (int?)exception.LineNumber + 1));
        }
        return files;
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static void ReadCsv(HsdsTable table, string file, byte[] utf8, List<HsdsRow> rows, HsdsImportReport report)
    {
        var badQuoting = new HashSet<long>();
        using var reader = CsvReader.Create(utf8, Options with { OnMalformedRecord = record => badQuoting.Add(record.LineNumber) });
        reader.ReadHeader();
        var columns = reader.Headers.Select(name => table.Field(name)).ToList();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] is null)
            {
                report.Add(new HsdsProblem(HsdsProblemKind.SkippedField, file, Line: 1, Field: reader.Headers[i]));
            }
        }
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var row = new HsdsRow(table, new HsdsSourceLocation(file, line, null), nested: false);
            if (badQuoting.Remove(line))
            {
                report.Add(row.Problem(HsdsProblemKind.BadQuoting));
            }
            if (reader.FieldCount != columns.Count)
            {
                report.Add(row.Problem(HsdsProblemKind.FieldCount,
                    value: reader.FieldCount.ToString(CultureInfo.InvariantCulture),
                    detail: columns.Count.ToString(CultureInfo.InvariantCulture)));
            }
            for (var i = 0; i < columns.Count && i < reader.FieldCount; i++)
            {
                if (columns[i] is not { } field)
                {
                    continue;
                }
                var text = reader.GetString(i);
                row.Values[field] = text.Length == 0 ? null
                    : field.Kind is HsdsFieldKind.Text or HsdsFieldKind.Id ? CsvFormulaGuard.Restore(text) : text;
            }
            rows.Add(row);
            if (rows.Count > HsdsLimits.MaxRecords)
            {
                return;
            }
        }
    }
}
