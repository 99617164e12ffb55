using System.Reflection;

namespace Circles.Web.Features.Directory.Hsds;

/// <summary>Every HSDS entity: one row of one HSDS table, kept under its HSDS id per Circles organization.</summary>
public interface IHsdsRecord : Data.ITenantOwned
{
    string Id { get; set; }
}

public enum HsdsFieldKind
{
    Text,
    /// <summary>A reference to another record (or the record's own id).</summary>
    Id,
    Number,
    /// <summary>A calendar date, ISO 8601 (yyyy-MM-dd), kept as written.</summary>
    Date,
    /// <summary>An instant, ISO 8601 with offset; stored as UTC.</summary>
    DateTime,
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class HsdsTableAttribute(string name, string path) : Attribute
{
    public string Name { get; } = name;
    public string Path { get; } = path;
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class HsdsFieldAttribute(string name, HsdsFieldKind kind) : Attribute
{
    public string Name { get; } = name;
    public HsdsFieldKind Kind { get; } = kind;
    public bool Required { get; init; }

    /// <summary>Comma-separated allowed values, as the HSDS schema lists them; empty when free.</summary>
    public string Enum { get; init; } = "";
}

public sealed record HsdsField(string Name, HsdsFieldKind Kind, bool Required, IReadOnlyList<string> AllowedValues, PropertyInfo Property)
{
    public object? Read(object record) => Property.GetValue(record);

    public void Write(object record, object? value) => Property.SetValue(record, value);
}

/// <summary>One HSDS table: its name ("service"), its CSV file ("services.csv") and its fields in schema order.</summary>
public sealed record HsdsTable(string Name, string Path, Type ClrType, IReadOnlyList<HsdsField> Fields)
{
    public HsdsField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public IHsdsRecord NewRecord() => (IHsdsRecord)Activator.CreateInstance(ClrType)!;
}

/// <summary>The HSDS 3.0 tables as the generated records describe them; the one place import, export and the API read the shape from.</summary>
public static class HsdsSchema
{
    public static IReadOnlyList<HsdsTable> Tables { get; } = typeof(HsdsSchema).Assembly.GetTypes()
        .Select(type => (type, table: type.GetCustomAttribute<HsdsTableAttribute>()))
        .Where(t => t.table is not null)
        .Select(t => new HsdsTable(t.table!.Name, t.table.Path, t.type, FieldsOf(t.type)))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static HsdsTable Table(string name) => Tables.First(t => t.Name == name);

    public static HsdsTable Table<TRecord>() where TRecord : IHsdsRecord => Tables.First(t => t.ClrType == typeof(TRecord));

    public static HsdsTable? TableForPath(string path) => Tables.FirstOrDefault(t => string.Equals(t.Path, path, StringComparison.OrdinalIgnoreCase));

    private static List<HsdsField> FieldsOf(Type type) => type.GetProperties()
        .Select(p => (property: p, field: p.GetCustomAttribute<HsdsFieldAttribute>()))
        .Where(p => p.field is not null)
        .OrderBy(p => p.property.MetadataToken)
        .Select(p => new HsdsField(
            p.field!.Name,
            p.field.Kind,
            p.field.Required,
            p.field.Enum.Length == 0 ? [] : p.field.Enum.Split(','),
            p.property))
        .ToList();
}
