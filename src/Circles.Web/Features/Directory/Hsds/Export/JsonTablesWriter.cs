using System.Text.Encodings.Web;
using System.Text.Json;

namespace Circles.Web.Features.Directory.Hsds.Export;

/// <summary>
/// Writes HSDS JSON in the tabular form of the official example tabular.json: one property per
/// table, named by its CSV file ("services.csv"), holding every record with every field in
/// schema order (null when empty). Chosen over the nested documents (service_full.json and the
/// like) because only this form carries every table unchanged: nested documents cannot hold
/// taxonomies without terms, metadata, table descriptions, records that no service links to, or
/// a record with several parents at once, so an export in them would not re-import the same.
/// </summary>
public static class JsonTablesWriter
{
    public static byte[] Write(HsdsExportData data)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps Arabic and other scripts readable in the file; it is a download,
        // never embedded in a page.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var (table, records) in data.Tables)
            {
                json.WriteStartArray(table.Path);
                foreach (var record in records)
                {
                    json.WriteStartObject();
                    foreach (var field in table.Fields)
                    {
                        json.WritePropertyName(field.Name);
                        switch (field.Read(record))
                        {
                            case null:
                                json.WriteNullValue();
                                break;
                            case decimal number:
                                json.WriteRawValue(HsdsValues.FormatNumber(number));
                                break;
                            case var value:
                                json.WriteStringValue(HsdsValues.Format(field, value));
                                break;
                        }
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
