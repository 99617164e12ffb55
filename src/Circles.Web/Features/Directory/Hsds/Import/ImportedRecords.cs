namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>
/// The records of one import by table and id, after the rows are checked and merged: the copies
/// of a record nested in several places of a JSON document merge into one (each copy may add
/// fields, such as the parent id its place implies; the first value given for a field wins),
/// while the same id twice in a CSV file or a tabular JSON table is a mistake.
/// </summary>
internal sealed class ImportedRecords
{
    /// <summary>
    /// References that the official HSDS examples themselves leave dangling, so they must import:
    /// in examples/csv (and tabular.json), locations.csv and contacts.csv give organization_ids that
    /// organizations.csv does not have, contacts.csv a service_at_location_id that
    /// service_at_location.csv does not have, and taxonomy_terms.csv a taxonomy_id that
    /// taxonomies.csv does not have. Such a reference is kept as written and noted; every other
    /// dangling reference (a service's organization_id, say) stops the import.
    /// </summary>
    private static readonly HashSet<(string Table, string Field)> LenientReferences =
    [
        ("location", "organization_id"),
        ("contact", "organization_id"),
        ("contact", "service_at_location_id"),
        ("taxonomy_term", "taxonomy_id"),
    ];

    public Dictionary<HsdsTable, Dictionary<string, HsdsRecordValues>> Tables { get; } = [];

    /// <summary>Ids of rows read from a file that cannot be imported (not UTF-8): references to them are not reported as well.</summary>
    private readonly Dictionary<HsdsTable, HashSet<string>> _unusable = [];

    public int Count => Tables.Values.Sum(records => records.Count);

    public static ImportedRecords Merge(List<HsdsRow> rows, HsdsImportReport report)
    {
        var imported = new ImportedRecords();
        foreach (var row in rows)
        {
            if (row.OnlyForReferences)
            {
                if (row.Id is { } rawId)
                {
                    imported.Unusable(row.Table).Add(rawId);
                }
                continue;
            }
            var values = HsdsRowParser.Parse(row, report, out var wrong);
            if (values.GetValueOrDefault(row.Table.Field("id")!) is not string id)
            {
                if (row.Id is { } rawId)
                {
                    imported.Unusable(row.Table).Add(rawId);
                }
                else
                {
                    report.Add(row.Problem(HsdsProblemKind.MissingRequired, "id"));
                }
                continue;
            }
            if (!imported.Tables.TryGetValue(row.Table, out var records))
            {
                imported.Tables[row.Table] = records = new Dictionary<string, HsdsRecordValues>(StringComparer.Ordinal);
            }
            if (!records.TryGetValue(id, out var record))
            {
                record = new HsdsRecordValues(row.Table, id, row);
                records[id] = record;
            }
            else if (!row.Nested || !record.FirstRow.Nested)
            {
                var first = record.FirstRow.Location;
                report.Add(row.Problem(HsdsProblemKind.DuplicateId, "id", id,
                    first.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? first.Path));
                continue;
            }
            foreach (var (field, value) in values)
            {
                if (record.Values.GetValueOrDefault(field) is null)
                {
                    record.Values[field] = value;
                }
            }
            record.WrongFields.UnionWith(wrong);
        }
        return imported;
    }

    public void CheckRequired(HsdsImportReport report)
    {
        foreach (var record in Tables.Values.SelectMany(records => records.Values))
        {
            foreach (var field in record.Table.Fields.Where(f => f.Required && record.Values.GetValueOrDefault(f) is null && !record.WrongFields.Contains(f)))
            {
                report.Add(record.Problem(HsdsProblemKind.MissingRequired, field.Name));
            }
        }
    }

    /// <summary>The tables that the references of this import point at.</summary>
    public IEnumerable<HsdsTable> ReferencedTables() => Tables.Keys
        .SelectMany(table => table.Fields)
        .Select(ReferencedTable)
        .OfType<HsdsTable>()
        .Distinct();

    /// <summary>Every reference must name a record of this import or one already in the directory.</summary>
    public void CheckReferences(IReadOnlyDictionary<HsdsTable, HashSet<string>> stored, HsdsImportReport report)
    {
        foreach (var record in Tables.Values.SelectMany(records => records.Values))
        {
            foreach (var (field, value) in record.Values)
            {
                if (value is not string id || ReferencedTable(field) is not { } target
                    || (Tables.TryGetValue(target, out var imported) && imported.ContainsKey(id))
                    || (_unusable.TryGetValue(target, out var unusable) && unusable.Contains(id))
                    || (stored.TryGetValue(target, out var ids) && ids.Contains(id)))
                {
                    continue;
                }
                var kind = LenientReferences.Contains((record.Table.Name, field.Name)) ? HsdsProblemKind.ReferenceKept : HsdsProblemKind.BadReference;
                report.Add(record.Problem(kind, field.Name, id, target.Name));
            }
        }
    }

    private HashSet<string> Unusable(HsdsTable table)
    {
        if (!_unusable.TryGetValue(table, out var ids))
        {
            _unusable[table] = ids = new HashSet<string>(StringComparer.Ordinal);
        }
        return ids;
    }

    /// <summary>
    /// The table a field points at, by the HSDS naming: service_id → service. Fields HSDS gives
    /// no foreign key in its datapackage (parent_organization_id, taxonomy_term.parent_id, and the
    /// link_id / resource_id that point at any table) are not named so and are not checked.
    /// </summary>
    public static HsdsTable? ReferencedTable(HsdsField field) =>
        field.Kind == HsdsFieldKind.Id && field.Name.EndsWith("_id", StringComparison.Ordinal)
            ? HsdsSchema.Tables.FirstOrDefault(t => t.Name == field.Name[..^3])
            : null;
}
