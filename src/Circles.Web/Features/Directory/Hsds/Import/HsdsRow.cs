namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>
/// One record as read from a file, before its values are checked: the fields the source gave
/// (a CSV column, a JSON property, or a parent id implied by nesting) with their text, null when
/// empty. Fields the source did not give are absent, and an import leaves them as they are.
/// </summary>
internal sealed class HsdsRow(HsdsTable table, HsdsSourceLocation location, bool nested)
{
    public HsdsTable Table { get; } = table;
    public HsdsSourceLocation Location { get; } = location;

    /// <summary>Read from nested JSON, where the same record may appear several times (merged, not a duplicate).</summary>
    public bool Nested { get; } = nested;

    public Dictionary<HsdsField, string?> Values { get; } = [];

    /// <summary>Read from a file that cannot be imported (not UTF-8): only its id counts, so references to it are not reported as well.</summary>
    public bool OnlyForReferences { get; init; }

    public string? Id => Values.TryGetValue(Table.Field("id")!, out var id) ? id : null;

    public HsdsProblem Problem(HsdsProblemKind kind, string? field = null, string? value = null, string? detail = null) =>
        new(kind, Location.File, Location.Line, Location.Path, field, value, detail);
}

/// <summary>A record whose values have been checked and converted to their CLR types.</summary>
internal sealed class HsdsRecordValues(HsdsTable table, string id, HsdsRow firstRow)
{
    public HsdsTable Table { get; } = table;
    public string Id { get; } = id;
    public HsdsRow FirstRow { get; } = firstRow;
    public Dictionary<HsdsField, object?> Values { get; } = [];

    /// <summary>Fields given with a wrong value (already reported): the record is checked on, but never written.</summary>
    public HashSet<HsdsField> WrongFields { get; } = [];

    public HsdsProblem Problem(HsdsProblemKind kind, string? field = null, string? value = null, string? detail = null) =>
        FirstRow.Problem(kind, field, value, detail);
}
