using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualBasic.FileIO;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// Test-only: the official HSDS examples (shared/hsds) as entities, read from the CSV datapackage
/// through HsdsSchema.Tables and inserted with EF. Deliberately not the importer (built elsewhere):
/// tests of the API must not depend on it.
/// </summary>
public static class HsdsExampleData
{
    /// <summary>The shared/hsds folder, found by walking up from the test assembly.</summary>
    public static string Folder { get; } = FindFolder();

    public static string SchemaFolder => Path.Combine(Folder, "schema");

    /// <summary>Every row of examples/csv/*.csv as a new entity, without organization.</summary>
    public static List<IHsdsRecord> LoadCsv()
    {
        var records = new List<IHsdsRecord>();
        foreach (var table in HsdsSchema.Tables)
        {
            var path = Path.Combine(Folder, "examples", "csv", table.Path);
            if (!File.Exists(path))
            {
                continue;
            }
            using var parser = new TextFieldParser(path, Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
            parser.SetDelimiters(",");
            var header = parser.ReadFields()!;
            while (parser.ReadFields() is { } values)
            {
                var record = table.NewRecord();
                for (var i = 0; i < header.Length; i++)
                {
                    if (table.Field(header[i]) is { } field && values[i].Length > 0)
                    {
                        field.Write(record, Convert(field, values[i]));
                    }
                }
                records.Add(record);
            }
        }
        return records;
    }

    /// <summary>The same records under new ids (every id and reference remapped alike), so copies form separate, complete graphs.</summary>
    public static List<IHsdsRecord> Copy(IEnumerable<IHsdsRecord> records, int copy)
    {
        var copies = new List<IHsdsRecord>();
        foreach (var record in records)
        {
            var table = HsdsSchema.Tables.Single(t => t.ClrType == record.GetType());
            var clone = table.NewRecord();
            foreach (var field in table.Fields)
            {
                var value = field.Read(record);
                field.Write(clone, field.Kind == HsdsFieldKind.Id && value is string id ? CopyId(id, copy) : value);
            }
            if (record is HsdsLocation location)
            {
                ((HsdsLocation)clone).IsConfidential = location.IsConfidential;
            }
            copies.Add(clone);
        }
        return copies;
    }

    /// <summary>A deterministic UUID for copy number <paramref name="copy"/> of an id.</summary>
    public static string CopyId(string id, int copy) =>
        copy == 0 ? id : new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{id}/{copy}"))[..16]).ToString();

    public static T The<T>(this IEnumerable<IHsdsRecord> records) where T : IHsdsRecord => records.OfType<T>().Single();

    /// <summary>Inserts the records into an organization's directory.</summary>
    public static async Task SeedAsync(this CirclesApp app, Guid organizationId, IEnumerable<IHsdsRecord> records)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organizationId);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        foreach (var record in records)
        {
            record.OrganizationId = organizationId;
            db.Add(record);
        }
        await db.SaveChangesAsync();
    }

    private static object Convert(HsdsField field, string value) => field.Kind switch
    {
        HsdsFieldKind.Number => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
        HsdsFieldKind.DateTime => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture).UtcDateTime,
        _ => value,
    };

    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "hsds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("No shared/hsds folder above " + AppContext.BaseDirectory);
    }
}
