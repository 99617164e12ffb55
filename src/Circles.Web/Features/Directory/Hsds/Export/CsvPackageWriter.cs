using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CsvHelper;

namespace Circles.Web.Features.Directory.Hsds.Export;

/// <summary>
/// Writes the HSDS tabular datapackage: datapackage.json listing every table with its fields
/// (from <see cref="HsdsSchema.Tables"/>), and one UTF-8 CSV per table whose header is the
/// schema's fields in order. Text cells are guarded against spreadsheet formulas (SEC-23).
/// </summary>
public static class CsvPackageWriter
{
    public const string DatapackageFile = "datapackage.json";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { FormatProvider = CultureInfo.InvariantCulture };

    /// <summary>The package's files by name, in a stable order.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Files(HsdsExportData data) =>
        [(DatapackageFile, Descriptor(data)), .. data.Tables.Select(t => (t.Table.Path, Csv(t.Table, t.Records)))];

    public static byte[] Zip(HsdsExportData data)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in Files(data))
            {
                // A fixed date keeps the same directory's export byte for byte the same.
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    private static byte[] Csv(HsdsTable table, IReadOnlyList<IHsdsRecord> records)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. table.Fields.Select(f => f.Name)]);
            foreach (var record in records)
            {
                foreach (var field in table.Fields)
                {
                    var text = HsdsValues.Format(field, field.Read(record)) ?? "";
                    csv.WriteField(field.Kind is HsdsFieldKind.Text or HsdsFieldKind.Id ? CsvFormulaGuard.Neutralise(text) : text);
                }
                csv.EndRecord();
            }
        }
        return buffer.ToArray();
    }

    private static byte[] Descriptor(HsdsExportData data)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("name", "hsds-directory");
            json.WriteString("title", "Human Services Data Specification 3.0 directory");
            json.WriteString("profile", "tabular-data-package");
            if (data.ForTrustedPartner)
            {
                json.WriteString("description", "Includes the addresses of confidential locations. Made for one trusted partner: do not publish it or pass it on.");
            }
            json.WriteStartArray("resources");
            foreach (var (table, _) in data.Tables)
            {
                json.WriteStartObject();
                json.WriteString("name", table.Name);
                json.WriteString("path", table.Path);
                json.WriteString("format", "csv");
                json.WriteString("mediatype", "text/csv");
                json.WriteString("encoding", "utf-8");
                json.WriteString("profile", "tabular-data-resource");
                json.WriteStartObject("schema");
                json.WriteString("primaryKey", "id");
                json.WriteStartArray("fields");
                foreach (var field in table.Fields)
                {
                    json.WriteStartObject();
                    json.WriteString("name", field.Name);
                    json.WriteString("type", field.Kind switch
                    {
                        HsdsFieldKind.Number => "number",
                        HsdsFieldKind.Date => "date",
                        HsdsFieldKind.DateTime => "datetime",
                        _ => "string",
                    });
                    json.WriteStartObject("constraints");
                    json.WriteBoolean("required", field.Required);
                    if (field.Name == "id")
                    {
                        json.WriteBoolean("unique", true);
                    }
                    if (field.AllowedValues.Count > 0)
                    {
                        json.WriteStartArray("enum");
                        foreach (var value in field.AllowedValues)
                        {
                            json.WriteStringValue(value);
                        }
                        json.WriteEndArray();
                    }
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
