using System.Globalization;
using System.Text.Json.Nodes;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory.Api;

/// <summary>
/// Turns a page of HSDS records into HSDS 3.0 JSON documents. Related records are loaded set-based:
/// one query per nested property for the whole page (never one per record), so the number of
/// queries depends on the shape of the document, not on the page size. Confidential locations
/// pass through <see cref="Confidentiality"/>: no coordinates, addresses or accessibility, and
/// none of their own phones or contacts (<see cref="ConfidentialLinks"/>).
/// </summary>
internal sealed class HsdsDocumentWriter(CirclesDb db, Guid organizationId, CancellationToken cancellationToken)
{
    private readonly Dictionary<HsdsNest, Dictionary<string, List<IHsdsRecord>>> _children = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _notedIds = new(StringComparer.Ordinal);
    private ILookup<string, IHsdsRecord> _attributes = Array.Empty<IHsdsRecord>().ToLookup(r => r.Id);
    private ILookup<string, IHsdsRecord> _metadata = Array.Empty<IHsdsRecord>().ToLookup(r => r.Id);
    private ConfidentialLinks? _links;

    public async Task<List<JsonObject>> WriteAsync(HsdsShape shape, IReadOnlyList<IHsdsRecord> records)
    {
        await LoadAsync(shape, records);
        await LoadNotesAsync();
        return records.Select(record => Render(shape, record)).ToList();
    }

    /// <summary>Just what a client needs to decide what to fetch again: the id and when it last changed.</summary>
    public static JsonObject Minimal(HsdsService service)
    {
        var document = new JsonObject { ["id"] = service.Id };
        if (service.LastModified is { } modified)
        {
            document["last_modified"] = Instant(modified);
        }
        return document;
    }

    private async Task LoadAsync(HsdsShape shape, IReadOnlyList<IHsdsRecord> records)
    {
        if (shape.WithNotes)
        {
            _notedIds.UnionWith(records.Where(r => !HidesDetails(r)).Select(r => r.Id));
        }
        foreach (var nest in shape.Nests)
        {
            var parentKey = shape.Table.Field(nest.ParentKey)!;
            if (!_children.TryGetValue(nest, out var loaded))
            {
                _children[nest] = loaded = new Dictionary<string, List<IHsdsRecord>>(StringComparer.Ordinal);
            }
            // Children already loaded through another path of the document were nested there too.
            var keys = records
                .Where(r => !(nest.HiddenWhenConfidential && HidesDetails(r)))
                .Select(r => parentKey.Read(r) as string)
                .OfType<string>()
                .Where(key => key.Length > 0 && !loaded.ContainsKey(key))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (keys.Count == 0)
            {
                continue;
            }
            var childKey = nest.Shape.Table.Field(nest.ChildKey)!;
            var children = await QueryAsync(nest.Shape.Table, childKey, keys);
            if (nest.Shape.Table.ClrType == typeof(HsdsPhone) || nest.Shape.Table.ClrType == typeof(HsdsContact))
            {
                // A confidential place's own line and contacts, wherever they would be nested.
                _links ??= await ConfidentialLinks.LoadAsync(db, cancellationToken);
                children.RemoveAll(_links.Hides);
            }
            foreach (var key in keys)
            {
                loaded[key] = [];
            }
            foreach (var child in children)
            {
                loaded[(string)childKey.Read(child)!].Add(child);
            }
            await LoadAsync(nest.Shape, children);
        }
    }

    /// <summary>Attributes and metadata of every record of a fully nested document, in two queries (plus the attributes' terms).</summary>
    private async Task LoadNotesAsync()
    {
        if (_notedIds.Count == 0)
        {
            return;
        }
        var ids = _notedIds.ToList();
        var attributes = await QueryAsync(HsdsShapes.Attribute.Table, HsdsShapes.Attribute.Table.Field("link_id")!, ids);
        await LoadAsync(HsdsShapes.Attribute, attributes);
        _attributes = attributes.ToLookup(a => ((HsdsAttribute)a).LinkId!, StringComparer.Ordinal);
        var metadata = await QueryAsync(HsdsShapes.Metadata.Table, HsdsShapes.Metadata.Table.Field("resource_id")!, ids);
        _metadata = metadata.ToLookup(m => ((HsdsMetadata)m).ResourceId!, StringComparer.Ordinal);
    }

    private JsonObject Render(HsdsShape shape, IHsdsRecord record)
    {
        var shown = record is HsdsLocation location ? Confidentiality.Redacted(location) : record;
        var document = new JsonObject();
        foreach (var field in shape.Table.Fields.Where(IsShown))
        {
            if (Value(field, shown) is { } value)
            {
                document[field.Name] = value;
            }
        }
        foreach (var nest in shape.Nests)
        {
            if (nest.HiddenWhenConfidential && HidesDetails(record)
                || shape.Table.Field(nest.ParentKey)!.Read(record) is not string { Length: > 0 } key
                || !_children[nest].TryGetValue(key, out var children)
                || children.Count == 0)
            {
                continue;
            }
            document[nest.Property] = nest.One
                ? Render(nest.Shape, children[0])
                : new JsonArray([.. children.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => Render(nest.Shape, c))]);
        }
        if (shape.WithNotes && !HidesDetails(record))
        {
            AddNotes(document, shape.Table, record.Id);
        }
        return document;
    }

    private void AddNotes(JsonObject document, HsdsTable table, string id)
    {
        if (HsdsShapes.HasAttributes(table))
        {
            var attributes = _attributes[id].Where(a => Concerns(((HsdsAttribute)a).LinkEntity, table)).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            if (attributes.Count > 0)
            {
                document["attributes"] = new JsonArray([.. attributes.Select(a => Render(HsdsShapes.Attribute, a))]);
            }
        }
        if (HsdsShapes.HasMetadata(table))
        {
            var metadata = _metadata[id].Where(m => Concerns(((HsdsMetadata)m).ResourceType, table)).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
            if (metadata.Count > 0)
            {
                document["metadata"] = new JsonArray([.. metadata.Select(m => Render(HsdsShapes.Metadata, m))]);
            }
        }
    }

    /// <summary>An attribute or metadata row names the table it is about, or leaves it empty (ids are unique across tables).</summary>
    private static bool Concerns(string? entity, HsdsTable table) => string.IsNullOrEmpty(entity) || entity == table.Name;

    /// <summary>
    /// A confidential location shows neither addresses nor accessibility, and none of its
    /// attributes or change history either: a metadata row may hold an old address.
    /// </summary>
    private static bool HidesDetails(IHsdsRecord record) => record is HsdsLocation location && Confidentiality.HidesAddressesOf(location);

    /// <summary>
    /// References are shown by nesting what they refer to, as the HSDS examples do (service.organization,
    /// not service.organization_id); references within one table (a parent) stay.
    /// </summary>
    private static bool IsShown(HsdsField field) =>
        field.Kind != HsdsFieldKind.Id || field.Name is "id" or "parent_organization_id" or "parent_id";

    private static JsonValue? Value(HsdsField field, IHsdsRecord record) => field.Read(record) switch
    {
        null => null,
        string text => JsonValue.Create(text),
        // Stored decimals may carry a scale ("12.0"); HSDS examples write 12.
        decimal number => JsonValue.Create(number / 1.0000000000000000000000000000m),
        DateTime instant => JsonValue.Create(Instant(instant)),
        var other => throw new InvalidOperationException($"HSDS field {field.Name} has an unexpected type {other.GetType().Name}."),
    };

    /// <summary>ISO 8601 in UTC with milliseconds, as HSDS asks for last_modified.</summary>
    private static string Instant(DateTime value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private Task<List<IHsdsRecord>> QueryAsync(HsdsTable table, HsdsField field, List<string> keys) =>
        (Task<List<IHsdsRecord>>)typeof(HsdsDocumentWriter)
            .GetMethod(nameof(QueryTypedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(table.ClrType)
            .Invoke(this, [field.Property.Name, keys])!;

    /// <summary>One query for all keys: the list goes as one array parameter, whatever its length.</summary>
    private async Task<List<IHsdsRecord>> QueryTypedAsync<TRecord>(string property, List<string> keys) where TRecord : class, IHsdsRecord
    {
        var rows = await db.Set<TRecord>()
            .AsNoTracking()
            .Where(r => EF.Property<Guid>(r, nameof(IHsdsRecord.OrganizationId)) == organizationId)
            .Where(r => EF.Parameter(keys).Contains(EF.Property<string>(r, property)))
            .ToListAsync(cancellationToken);
        return [.. rows];
    }
}
