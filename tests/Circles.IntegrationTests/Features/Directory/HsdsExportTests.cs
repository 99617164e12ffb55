using System.Text.Json;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Directory.Hsds.Export;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>
/// Exports re-import unchanged in both forms; CSV cells cannot run as spreadsheet formulas
/// (SEC-23) yet come back exactly; confidential addresses stay out of an ordinary export and go
/// only into an audited export for a trusted partner (SEC-32).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class HsdsExportTests(SharedCirclesApp app)
{
    private const string Address = "1-30 Main Street";

    [Theory]
    [InlineData(HsdsExportFormat.Csv)]
    [InlineData(HsdsExportFormat.Json)]
    public async Task Export_ImportIntoFreshOrganizationAndExportAgain_IsIdentical(HsdsExportFormat format)
    {
        var source = await HsdsTestDirectory.CreateAsync(app);
        Assert.True((await source.ImportAsync(HsdsExamples.Csv)).Succeeded);
        Assert.True((await source.ImportAsync(HsdsExamples.Json("service_full.json"))).Succeeded);
        var first = await source.ExportAsync(format);

        var copy = await HsdsTestDirectory.CreateAsync(app);
        var report = await copy.ImportAsync(format == HsdsExportFormat.Csv ? first : Path.Combine(first, "hsds.json"));
        Assert.True(report.Succeeded, HsdsImportTests.Describe(report));
        var second = await copy.ExportAsync(format);

        var files = System.IO.Directory.EnumerateFiles(first).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(files, System.IO.Directory.EnumerateFiles(second).Select(Path.GetFileName).Order().ToList());
        Assert.Equal(format == HsdsExportFormat.Csv ? HsdsSchema.Tables.Count + 1 : 1, files.Count);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(first, file!)), File.ReadAllText(Path.Combine(second, file!)));
        }
        Assert.Equal(await source.CountsAsync(), await copy.CountsAsync());
    }

    [Fact]
    public async Task ExportCsv_HasDatapackageListingEveryTableAndSchemaHeaders()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);
        Assert.True((await directory.ImportAsync(HsdsExamples.Csv)).Succeeded);

        var folder = await directory.ExportAsync(HsdsExportFormat.Csv);

        using var datapackage = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json")));
        var resources = datapackage.RootElement.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(HsdsSchema.Tables.Select(t => (t.Name, t.Path)), resources.Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("path").GetString()!)));
        foreach (var table in HsdsSchema.Tables)
        {
            var header = File.ReadLines(Path.Combine(folder, table.Path)).First();
            Assert.Equal(string.Join(',', table.Fields.Select(f => f.Name)), header);
        }
        // Numbers stay numbers and instants keep their milliseconds.
        var service = File.ReadAllText(Path.Combine(folder, "services.csv"));
        Assert.Contains(",12,100,2005-01-01,", service, StringComparison.Ordinal);
        Assert.Contains(",2023-03-15T10:30:45.123Z", service, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsv_FormulaLikeText_IsNeutralisedAndReimportsExactly()
    {
        // SEC-23: cells starting with = + - @ tab or CR get an apostrophe; the import removes exactly that one.
        var texts = new Dictionary<string, string>
        {
            ["name"] = "=HYPERLINK(\"https://evil.example\",\"Click\")",
            ["alternate_name"] = "+44 20 7946 0000",
            ["description"] = "-1+1",
            ["email"] = "@SUM(A1:A9)",
            ["fees"] = "\tTab first",
            ["wait_time"] = "\rCarriage return first",
            ["accreditations"] = "'=already quoted",
            ["licenses"] = "'just an apostrophe",
            ["alert"] = "''+two apostrophes",
        };
        var source = await HsdsTestDirectory.CreateAsync(app);
        Assert.True((await source.ImportAsync(HsdsExamples.Csv)).Succeeded);
        await source.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CirclesDb>();
            var service = await db.Set<HsdsService>().SingleAsync();
            foreach (var (field, text) in texts)
            {
                HsdsSchema.Table<HsdsService>().Field(field)!.Write(service, text);
            }
            return await db.SaveChangesAsync();
        });

        var folder = await source.ExportAsync(HsdsExportFormat.Csv);

        var raw = File.ReadAllText(Path.Combine(folder, "services.csv"));
        Assert.Contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\",", raw, StringComparison.Ordinal);
        Assert.Contains(",'+44 20 7946 0000,", raw, StringComparison.Ordinal);
        Assert.Contains(",'-1+1,", raw, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1:A9),", raw, StringComparison.Ordinal);
        Assert.Contains(",''=already quoted,", raw, StringComparison.Ordinal);
        Assert.Contains(",'just an apostrophe,", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(",+", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(",@", raw, StringComparison.Ordinal);

        var copy = await HsdsTestDirectory.CreateAsync(app);
        Assert.True((await copy.ImportAsync(folder)).Succeeded);
        var imported = Assert.Single(await copy.AllAsync<HsdsService>());
        foreach (var (field, text) in texts)
        {
            Assert.Equal(text, HsdsSchema.Table<HsdsService>().Field(field)!.Read(imported));
        }
    }

    [Theory]
    [InlineData(HsdsExportFormat.Csv)]
    [InlineData(HsdsExportFormat.Json)]
    public async Task Export_ConfidentialLocation_LeavesOutAddressCoordinatesAndAccessibility(HsdsExportFormat format)
    {
        var directory = await ConfidentialDirectoryAsync();

        var folder = await directory.ExportAsync(format);

        var everything = string.Concat(System.IO.Directory.EnumerateFiles(folder).Select(File.ReadAllText));
        Assert.DoesNotContain(Address, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("ABC 1234", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("induction loops", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("10092008082", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("number 1 Bus", everything, StringComparison.Ordinal);
        // Its own phone line and the person who answers there (the example's phone and contact name
        // the location). The package descriptor is left out: its field descriptions quote examples.
        var rows = string.Concat(System.IO.Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f) != "datapackage.json").Select(File.ReadAllText));
        Assert.DoesNotContain("+44 1234 234567", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("Reception Manager", rows, StringComparison.Ordinal);
        // The place itself is still listed (by name), so services can point at it.
        Assert.Contains("MyCity Civic Center", everything, StringComparison.Ordinal);
        var events = await AuditAsync(directory);
        Assert.Equal((AuditActions.DirectoryExported, format == HsdsExportFormat.Csv ? "csv" : "json"), (Assert.Single(events).Action, events[0].Subject));
    }

    [Fact]
    public async Task ExportForTrustedPartner_IncludesConfidentialAddressesAndIsAudited()
    {
        var directory = await ConfidentialDirectoryAsync();

        var folder = await directory.ExportAsync(HsdsExportFormat.Csv, "Referral to the housing partner");

        Assert.Contains(Address, File.ReadAllText(Path.Combine(folder, "addresses.csv")), StringComparison.Ordinal);
        Assert.Contains("induction loops", File.ReadAllText(Path.Combine(folder, "accessibility.csv")), StringComparison.Ordinal);
        Assert.Contains(",100,101,", File.ReadAllText(Path.Combine(folder, "locations.csv")), StringComparison.Ordinal);
        Assert.Contains("+44 1234 234567", File.ReadAllText(Path.Combine(folder, "phones.csv")), StringComparison.Ordinal);
        Assert.Contains("Reception Manager", File.ReadAllText(Path.Combine(folder, "contacts.csv")), StringComparison.Ordinal);
        Assert.Contains("confidential locations", File.ReadAllText(Path.Combine(folder, "datapackage.json")), StringComparison.Ordinal);
        var audit = Assert.Single(await AuditAsync(directory));
        Assert.Equal(AuditActions.DirectoryExportedForTrustedPartner, audit.Action);
        Assert.Equal("csv: Referral to the housing partner", audit.Subject);
        Assert.DoesNotContain(Address, audit.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReimportOrdinaryExport_IntoSameOrganization_KeepsConfidentialCoordinates()
    {
        var directory = await ConfidentialDirectoryAsync();
        var folder = await directory.ExportAsync(HsdsExportFormat.Csv);

        var report = await directory.ImportAsync(folder);

        Assert.True(report.Succeeded, HsdsImportTests.Describe(report));
        var location = Assert.Single(await directory.AllAsync<HsdsLocation>());
        Assert.Equal((100m, 101m, "10092008082", true), (location.Latitude, location.Longitude, location.ExternalIdentifier, location.IsConfidential));
        Assert.Equal(Address, Assert.Single(await directory.AllAsync<HsdsAddress>()).Address1);
    }

    private async Task<HsdsTestDirectory> ConfidentialDirectoryAsync()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);
        Assert.True((await directory.ImportAsync(HsdsExamples.Csv)).Succeeded);
        await directory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CirclesDb>();
            (await db.Set<HsdsLocation>().SingleAsync()).IsConfidential = true;
            return await db.SaveChangesAsync();
        });
        return directory;
    }

    private static Task<List<AuditEvent>> AuditAsync(HsdsTestDirectory directory) =>
        directory.InScopeAsync(services => services.GetRequiredService<CirclesDb>().AuditEvents.Where(e => e.Action.StartsWith("directory.export")).ToListAsync());
}
