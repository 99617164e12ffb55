using System.IO.Compression;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Directory.Hsds.Export;
using Circles.Web.Features.Directory.Hsds.Import;
using Circles.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>The official HSDS examples, found beside the repository (CI clones it with ../shared beside it).</summary>
public static class HsdsExamples
{
    public static string Folder { get; } = Find();

    public static string Csv => Path.Combine(Folder, "csv");

    public static string Json(string name) => Path.Combine(Folder, name);

    public static IEnumerable<string> JsonFiles => System.IO.Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>A copy of the CSV example in a temp folder, to break on purpose.</summary>
    public static string CopyOfCsv()
    {
        var copy = System.IO.Directory.CreateTempSubdirectory("hsds-csv-").FullName;
        foreach (var file in System.IO.Directory.EnumerateFiles(Csv))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        return copy;
    }

    /// <summary>A folder as a .zip in memory, its files at the top or inside <paramref name="inFolder"/>.</summary>
    public static byte[] Zip(string folder, string inFolder = "")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(folder))
            {
                zip.CreateEntryFromFile(file, inFolder + Path.GetFileName(file));
            }
        }
        return buffer.ToArray();
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "hsds", "examples");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"No shared/hsds/examples above {AppContext.BaseDirectory}: clone the repository with ../shared beside it.");
    }
}

/// <summary>One organization's directory, driven in-process through the app's own importer and exporter.</summary>
public sealed class HsdsTestDirectory(CirclesApp app, Guid organizationId, string slug)
{
    public Guid OrganizationId { get; } = organizationId;
    public string Slug { get; } = slug;

    /// <summary>A new organization with an empty directory (no people: imports need none).</summary>
    public static async Task<HsdsTestDirectory> CreateAsync(CirclesApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var organization = new Organization
        {
            Slug = "dir-" + Guid.NewGuid().ToString("N")[..10],
            Name = "Directory test",
            DiscreetTitle = "Garden Club",
            ExitUrl = "https://neutral.example/weather",
            CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
        };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return new HsdsTestDirectory(app, organization.Id, organization.Slug);
    }

    public static HsdsTestDirectory Of(TestOrganization organization) => new(organization.App, organization.Id, organization.Slug);

    public Task<HsdsImportReport> ImportAsync(string path) => InScopeAsync(async services =>
    {
        var report = new HsdsImportReport();
        var input = await HsdsInput.FromPathAsync(path, report, CancellationToken.None);
        return input is null ? report : await services.GetRequiredService<HsdsImporter>().ImportAsync(input, null, CancellationToken.None);
    });

    public Task<HsdsImportReport> ImportAsync(string name, byte[] bytes) => InScopeAsync(async services =>
    {
        var report = new HsdsImportReport();
        var input = HsdsInput.FromBytes(name, bytes, report);
        return input is null ? report : await services.GetRequiredService<HsdsImporter>().ImportAsync(input, null, CancellationToken.None);
    });

    /// <summary>Exports into a new temp folder and returns it.</summary>
    public Task<string> ExportAsync(HsdsExportFormat format, string? trustedPartnerReason = null) => InScopeAsync(async services =>
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("hsds-export-").FullName;
        await services.GetRequiredService<HsdsExporter>().ExportToFolderAsync(folder, format, trustedPartnerReason, null, CancellationToken.None);
        return folder;
    });

    /// <summary>How many records each table holds, by table name; tables without any left out.</summary>
    public Task<Dictionary<string, int>> CountsAsync() => InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CirclesDb>();
        var counts = new Dictionary<string, int>();
        foreach (var table in HsdsSchema.Tables)
        {
            var count = await HsdsTableAccess.For(table).CountAsync(db, CancellationToken.None);
            if (count > 0)
            {
                counts[table.Name] = count;
            }
        }
        return counts;
    });

    public Task<List<TRecord>> AllAsync<TRecord>()
        where TRecord : class, IHsdsRecord => InScopeAsync(services => services.GetRequiredService<CirclesDb>().Set<TRecord>().AsNoTracking().ToListAsync());

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(OrganizationId);
        return await action(scope.ServiceProvider);
    }
}
