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
                var utf8 = Utf8Text.Read(bytes, path, report, out var valid, (body, offset) => FieldNameAt(body, 0, offset));
                ReadCsv(table, path, utf8, rows, report, onlyForReferences: !valid);
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
        var utf8 = Utf8Text.Read(descriptor, DatapackageFile, report, out _);
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

    /// <summary>The header name of the column a byte of the file is in (for a problem found in the raw bytes), if the header can tell.</summary>
    private static string? FieldNameAt(byte[] utf8, int recordStart, int offset)
    {
        var headerEnd = Array.IndexOf(utf8, (byte)'\n');
        if (headerEnd < 0 || offset <= headerEnd)
        {
            return null;
        }
        using var header = CsvReader.Create(utf8[..headerEnd], Options);
        header.ReadHeader();
        var column = FieldIndexAt(utf8, recordStart, offset);
        return column < header.Headers.Count ? header.Headers[column] : null;
    }

    /// <summary>
    /// Which column a byte offset falls in, counting separators outside quotes from a record's
    /// start (or the file's: a line break outside quotes starts the next record). A doubled
    /// quote inside a quoted value toggles twice, so it counts right.
    /// </summary>
    private static int FieldIndexAt(ReadOnlySpan<byte> utf8, int start, int offset)
    {
        var column = 0;
        var quoted = false;
        for (var i = start; i < offset && i < utf8.Length; i++)
        {
            switch (utf8[i])
            {
                case (byte)'"':
                    quoted = !quoted;
                    break;
                case (byte)',' when !quoted:
                    column++;
                    break;
                case (byte)'\n' when !quoted:
                    column = 0;
                    break;
            }
        }
        return column;
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static void ReadCsv(HsdsTable table, string file, byte[] utf8, List<HsdsRow> rows, HsdsImportReport report, bool onlyForReferences)
    {
        var badQuoting = new Dictionary<long, long>();
        using var reader = CsvReader.Create(utf8, Options with { OnMalformedRecord = record => badQuoting.TryAdd(record.LineNumber, record.ByteOffset) });
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
            var row = new HsdsRow(table, new HsdsSourceLocation(file, line, null), nested: false) { OnlyForReferences = onlyForReferences };
            if (badQuoting.Remove(line, out var problemAt))
            {
                var column = FieldIndexAt(utf8, (int)reader.ByteOffset, (int)problemAt);
                report.Add(row.Problem(HsdsProblemKind.BadQuoting, column < reader.Headers.Count ? reader.Headers[column] : null));
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
