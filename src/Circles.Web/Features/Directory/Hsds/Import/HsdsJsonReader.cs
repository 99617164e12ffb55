using System.Globalization;
using System.Text.Json;

namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>
/// Reads HSDS JSON in the forms the official examples use: one document (service, organization,
/// service_at_location, location, taxonomy, taxonomy_term), a list of them, an API page
/// ({"contents": [...]}), or the tabular form ({"services.csv": [rows], ...}).
/// </summary>
internal static class HsdsJsonReader
{
    public static List<HsdsRow> Read(HsdsJsonInput input, HsdsImportReport report)
    {
        var rows = new List<HsdsRow>();
        var utf8 = Utf8Text.Read(input.Bytes, input.Name, report, out var valid);
        if (!valid)
        {
            // Nested JSON carries its references with it; there is nothing to gain from reading on.
            return rows;
        }
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            report.Add(new HsdsProblem(HsdsProblemKind.BadJson, input.Name, Line: (int?)exception.LineNumber + 1));
            return rows;
        }
        using (json)
        {
            var root = json.RootElement;
            var nested = new NestedDocumentReader(input.Name, rows, report);
            if (root.ValueKind == JsonValueKind.Object && IsTabular(root))
            {
                ReadTabular(input.Name, root, rows, report);
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("contents", out var contents) && contents.ValueKind == JsonValueKind.Array)
            {
                nested.ReadDocuments(contents, "$.contents");
            }
            else if (root.ValueKind == JsonValueKind.Array)
            {
                nested.ReadDocuments(root, "$");
            }
            else if (root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("id", out _) && root.TryGetProperty("openapi_url", out _))
            {
                // The API's description (base.json in the official examples): metadata, not data.
                report.Add(new HsdsProblem(HsdsProblemKind.ApiDescriptionOnly, input.Name));
                return rows;
            }
            else
            {
                nested.ReadDocument(root, "$");
            }
        }
        if (rows.Count > HsdsLimits.MaxRecords)
        {
            report.Add(new HsdsProblem(HsdsProblemKind.TooManyRecords, input.Name, Detail: HsdsLimits.MaxRecords.ToString(CultureInfo.InvariantCulture)));
            return [];
        }
        return rows;
    }

    /// <summary>The tabular form names its tables by their CSV files, as tabular.json does.</summary>
    private static bool IsTabular(JsonElement root) =>
        root.EnumerateObject().Any() && root.EnumerateObject().All(p => p.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));

    private static void ReadTabular(string file, JsonElement root, List<HsdsRow> rows, HsdsImportReport report)
    {
        foreach (var property in root.EnumerateObject())
        {
            var path = $"$[\"{property.Name}\"]";
            if (HsdsSchema.TableForPath(property.Name) is not { } table || property.Value.ValueKind != JsonValueKind.Array)
            {
                report.Add(new HsdsProblem(HsdsProblemKind.SkippedFile, file, Path: path));
                continue;
            }
            var index = 0;
            foreach (var item in property.Value.EnumerateArray())
            {
                var row = new HsdsRow(table, new HsdsSourceLocation(file, null, $"{path}[{index++}]"), nested: false);
                if (item.ValueKind != JsonValueKind.Object)
                {
                    report.Add(row.Problem(HsdsProblemKind.NotARecord));
                    continue;
                }
                foreach (var value in item.EnumerateObject())
                {
                    if (table.Field(value.Name) is not { } field)
                    {
                        report.Add(row.Problem(HsdsProblemKind.SkippedField, value.Name));
                    }
                    else if (JsonScalars.Read(value.Value, out var text) is { } problem)
                    {
                        report.Add(row.Problem(problem, value.Name));
                    }
                    else
                    {
                        row.Values[field] = text;
                    }
                }
                rows.Add(row);
                if (rows.Count > HsdsLimits.MaxRecords)
                {
                    return;
                }
            }
        }
    }
}

internal static class JsonScalars
{
    /// <summary>
    /// A JSON scalar as the text a CSV cell would hold: strings as they are, numbers as written,
    /// empty as null. Null when it is one; otherwise what is wrong (a list or object, or a
    /// string with a broken \u escape).
    /// </summary>
    public static HsdsProblemKind? Read(JsonElement value, out string? text)
    {
        text = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.String:
                try
                {
                    text = value.GetString();
                }
                catch (InvalidOperationException)
                {
                    return HsdsProblemKind.BadJson;
                }
                text = string.IsNullOrEmpty(text) ? null : text;
                return null;
            case JsonValueKind.Number:
                text = value.GetRawText();
                return null;
            case JsonValueKind.True or JsonValueKind.False:
                text = value.ValueKind == JsonValueKind.True ? "true" : "false";
                return null;
            default:
                return HsdsProblemKind.NotSingleValue;
        }
    }

    public static bool IsScalar(JsonElement value) => value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);
}
