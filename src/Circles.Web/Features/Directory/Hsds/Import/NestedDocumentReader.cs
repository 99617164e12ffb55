using System.Text.Json;

namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>
/// Flattens nested HSDS JSON into table rows. A list under a record holds records that belong to
/// it, so each gets the parent's id in its "parent_id" field (a phone under a service gets
/// service_id; an attribute or metadata entry gets link_id / resource_id and the parent's table);
/// a single object under a record is a record it refers to (a service's "organization" gives the
/// service its organization_id). The same record may appear in several places: every copy
/// becomes a row, and the import merges them by id.
/// </summary>
internal sealed class NestedDocumentReader(string file, List<HsdsRow> rows, HsdsImportReport report)
{
    /// <summary>The documents HSDS JSON is made of (the API's paths), in the order that settles a tie.</summary>
    private static readonly HsdsTable[] DocumentTables =
        [.. new[] { "service", "organization", "service_at_location", "location", "taxonomy_term", "taxonomy" }.Select(HsdsSchema.Table)];

    public void ReadDocuments(JsonElement list, string path)
    {
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            ReadDocument(item, $"{path}[{index++}]");
            if (rows.Count > HsdsLimits.MaxRecords)
            {
                return;
            }
        }
    }

    public void ReadDocument(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object || DocumentTable(element) is not { } table)
        {
            report.Add(new HsdsProblem(HsdsProblemKind.NotARecord, file, Path: path));
            return;
        }
        ReadRecord(element, table, path, parent: null);
    }

    /// <summary>Reads one record and those nested in it; returns its id.</summary>
    private string? ReadRecord(JsonElement element, HsdsTable table, string path, (HsdsTable Table, string Id)? parent)
    {
        var row = new HsdsRow(table, new HsdsSourceLocation(file, null, path), nested: true);
        var children = new List<(JsonProperty Property, HsdsTable Table)>();
        foreach (var property in element.EnumerateObject())
        {
            var field = table.Field(property.Name);
            if (JsonScalars.IsScalar(property.Value))
            {
                if (field is null)
                {
                    report.Add(row.Problem(HsdsProblemKind.SkippedField, property.Name));
                }
                else if (JsonScalars.Read(property.Value, out var text) is { } problem)
                {
                    report.Add(row.Problem(problem, property.Name));
                }
                else
                {
                    row.Values[field] = text;
                }
            }
            else if (NestedTable(property.Name) is { } child)
            {
                children.Add((property, child));
            }
            else
            {
                report.Add(row.Problem(field is null ? HsdsProblemKind.SkippedField : HsdsProblemKind.NotSingleValue, property.Name));
            }
        }

        foreach (var (property, child) in children.Where(c => c.Property.Value.ValueKind == JsonValueKind.Object))
        {
            var childId = ReadRecord(property.Value, child, $"{path}.{property.Name}", parent: null);
            if (childId is not null && table.Field(child.Name + "_id") is { } reference)
            {
                SetIfEmpty(row, reference, childId);
            }
        }
        if (parent is { } owner)
        {
            LinkToParent(row, owner.Table, owner.Id);
        }
        rows.Add(row);

        var id = row.Id;
        foreach (var (property, child) in children.Where(c => c.Property.Value.ValueKind == JsonValueKind.Array))
        {
            var index = 0;
            foreach (var item in property.Value.EnumerateArray())
            {
                var itemPath = $"{path}.{property.Name}[{index++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    report.Add(new HsdsProblem(HsdsProblemKind.NotARecord, file, Path: itemPath));
                    continue;
                }
                ReadRecord(item, child, itemPath, id is null ? null : (table, id));
            }
        }
        return id;
    }

    private static void LinkToParent(HsdsRow row, HsdsTable parent, string parentId)
    {
        if (row.Table.Field(parent.Name + "_id") is { } reference)
        {
            SetIfEmpty(row, reference, parentId);
        }
        else if (row.Table.Name == "attribute")
        {
            SetIfEmpty(row, row.Table.Field("link_id")!, parentId);
            SetIfEmpty(row, row.Table.Field("link_entity")!, parent.Name);
        }
        else if (row.Table.Name == "metadata")
        {
            SetIfEmpty(row, row.Table.Field("resource_id")!, parentId);
            SetIfEmpty(row, row.Table.Field("resource_type")!, parent.Name);
        }
    }

    private static void SetIfEmpty(HsdsRow row, HsdsField field, string value)
    {
        if (!row.Values.TryGetValue(field, out var current) || current is null)
        {
            row.Values[field] = value;
        }
    }

    /// <summary>
    /// The table of a nested property: "phones" → phone, "service_at_locations" →
    /// service_at_location, "organization" → organization. HSDS calls the taxonomy nested in a
    /// taxonomy term "taxonomy_detail", because "taxonomy" is already one of its text fields.
    /// </summary>
    private static HsdsTable? NestedTable(string property) =>
        property == "taxonomy_detail"
            ? HsdsSchema.Table("taxonomy")
            : HsdsSchema.Tables.FirstOrDefault(t => property == t.Name || property == t.Name + "s" || property == Path.GetFileNameWithoutExtension(t.Path));

    /// <summary>
    /// Which document an object is, from its content: the table whose fields and nested lists
    /// account for most of its properties, less those it cannot hold. A document needs an id.
    /// </summary>
    private static HsdsTable? DocumentTable(JsonElement element)
    {
        if (!element.TryGetProperty("id", out _))
        {
            return null;
        }
        HsdsTable? best = null;
        var bestScore = 0;
        foreach (var table in DocumentTables)
        {
            var score = element.EnumerateObject().Sum(property => Fits(table, property) ? 1 : -1);
            if (score > bestScore)
            {
                (best, bestScore) = (table, score);
            }
        }
        return best;
    }

    private static bool Fits(HsdsTable table, JsonProperty property)
    {
        if (JsonScalars.IsScalar(property.Value))
        {
            return table.Field(property.Name) is not null;
        }
        if (NestedTable(property.Name) is not { } child)
        {
            return false;
        }
        return property.Value.ValueKind == JsonValueKind.Object
            ? table.Field(child.Name + "_id") is not null
            : child.Field(table.Name + "_id") is not null || child.Name is "attribute" or "metadata";
    }
}
