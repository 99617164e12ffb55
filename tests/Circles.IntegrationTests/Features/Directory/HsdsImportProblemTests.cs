using System.Text;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Directory.Hsds.Export;
using Circles.Web.Features.Directory.Hsds.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>
/// Broken copies of the official examples: each problem is reported with its file, line (or JSON
/// path) and field, and the import writes nothing at all. Text with quotes, commas, line breaks
/// and right-to-left script survives; importing again updates by id without duplicates.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class HsdsImportProblemTests(SharedCirclesApp app)
{
    private const string ServiceId = "ac148810-d857-441c-9679-408f346de14b";

    [Fact]
    public async Task Import_BadIdReference_NamesFileLineFieldAndWritesNothing()
    {
        var copy = HsdsExamples.CopyOfCsv();
        Edit(copy, "services.csv", text => text.Replace($"{ServiceId},d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,", $"{ServiceId},no-such-organization,", StringComparison.Ordinal));

        var (directory, report) = await ImportIntoNewAsync(copy);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((HsdsProblemKind.BadReference, "services.csv", 2, "organization_id", "no-such-organization", "organization"),
            (problem.Kind, problem.File, problem.Line, problem.Field, problem.Value, problem.Detail));
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task Import_ReferenceToARecordAlreadyInTheDirectory_Succeeds()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);
        Assert.True((await directory.ImportAsync(HsdsExamples.Json("organization_list.json"))).Succeeded);
        var copy = HsdsExamples.CopyOfCsv();
        File.Delete(Path.Combine(copy, "organizations.csv"));
        File.Delete(Path.Combine(copy, "datapackage.json"));

        // services.csv names organization d9d5e0f5…, which this import lacks but the directory has.
        var report = await directory.ImportAsync(copy);

        Assert.True(report.Succeeded, HsdsImportTests.Describe(report));
    }

    [Fact]
    public async Task Import_MissingRequiredField_NamesFileLineFieldAndWritesNothing()
    {
        var copy = HsdsExamples.CopyOfCsv();
        Edit(copy, "services.csv", text => text.Replace(",Community Counselling,", ",,", StringComparison.Ordinal));

        var (directory, report) = await ImportIntoNewAsync(copy);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((HsdsProblemKind.MissingRequired, "services.csv", 2, "name"), (problem.Kind, problem.File, problem.Line, problem.Field));
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task Import_BadDate_NamesFileLineFieldAndWritesNothing()
    {
        var copy = HsdsExamples.CopyOfCsv();
        Edit(copy, "cost_options.csv", text => text.Replace("2020-01-01", "2020-13-45", StringComparison.Ordinal));

        var (directory, report) = await ImportIntoNewAsync(copy);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((HsdsProblemKind.BadDate, "cost_options.csv", 2, "valid_from", "2020-13-45"), (problem.Kind, problem.File, problem.Line, problem.Field, problem.Value));
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task Import_InvalidUtf8Bytes_NamesFileLineFieldAndWritesNothing()
    {
        var copy = HsdsExamples.CopyOfCsv();
        var path = Path.Combine(copy, "organizations.csv");
        var bytes = File.ReadAllBytes(path).ToList();
        var at = Encoding.UTF8.GetString([.. bytes]).IndexOf(",Example Org,", StringComparison.Ordinal) + ",Exa".Length;
        bytes.InsertRange(at, new byte[] { 0xFF, 0xFE });
        File.WriteAllBytes(path, [.. bytes]);

        var (directory, report) = await ImportIntoNewAsync(copy);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((HsdsProblemKind.InvalidUtf8, "organizations.csv", 2, "alternate_name"), (problem.Kind, problem.File, problem.Line, problem.Field));
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task Import_CsvWithByteOrderMark_Succeeds()
    {
        var copy = HsdsExamples.CopyOfCsv();
        var path = Path.Combine(copy, "services.csv");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(path)]);

        var (directory, report) = await ImportIntoNewAsync(copy);

        Assert.True(report.Succeeded, HsdsImportTests.Describe(report));
        Assert.Equal(ServiceId, Assert.Single(await directory.AllAsync<HsdsService>()).Id);
    }

    [Fact]
    public async Task Import_QuotesCommasAndLineBreaksInText_SurviveAndLaterLinesStayRight()
    {
        const string said = "She said \"come in, sit down\"\nand we talked, \"slowly\".";
        var copy = HsdsExamples.CopyOfCsv();
        Edit(copy, "services.csv", text => text.Replace(",MyCity Counselling Services,", ",\"" + said.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",", StringComparison.Ordinal));

        var (directory, report) = await ImportIntoNewAsync(copy);

        Assert.True(report.Succeeded, HsdsImportTests.Describe(report));
        Assert.Equal(said, Assert.Single(await directory.AllAsync<HsdsService>()).AlternateName);

        // A record after the two-line one is reported on the line where it starts.
        Edit(copy, "services.csv", text => text + "second,d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,,Second service,,,,,open,,,,,,,,,,,,,,\r\n");
        var (other, second) = await ImportIntoNewAsync(copy);
        var problem = Assert.Single(second.Problems);
        Assert.Equal((HsdsProblemKind.NotAllowed, "services.csv", 4, "status", "open"), (problem.Kind, problem.File, problem.Line, problem.Field, problem.Value));
        Assert.Empty(await other.CountsAsync());
    }

    [Fact]
    public async Task Import_StrayQuote_NamesFileLineFieldAndWritesNothing()
    {
        var copy = HsdsExamples.CopyOfCsv();
        Edit(copy, "services.csv", text => text.Replace(",Community Counselling,", ",Community \"Counselling,", StringComparison.Ordinal));

        var (directory, report) = await ImportIntoNewAsync(copy);

        var problem = Assert.Single(report.Problems, p => p.Kind == HsdsProblemKind.BadQuoting);
        Assert.Equal(("services.csv", 2, "name"), (problem.File, problem.Line, problem.Field));
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task Import_RightToLeftText_SurvivesImportAndExport()
    {
        const string name = "منظمة الأمل، فرع \"الشرق\"";
        const string description = "خدمات استشارية (HSDS 3.0) بالعربية, English too";
        var copy = HsdsExamples.CopyOfCsv();
        Edit(copy, "organizations.csv", text => text
            .Replace(",Example Organization Inc.,", ",\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",", StringComparison.Ordinal)
            .Replace(",Example Org is a non-profit organization dedicated to providing services to qualified beneficiaries,", ",\"" + description + "\",", StringComparison.Ordinal));

        var (directory, report) = await ImportIntoNewAsync(copy);

        Assert.True(report.Succeeded, HsdsImportTests.Describe(report));
        var organization = Assert.Single(await directory.AllAsync<HsdsOrganization>());
        Assert.Equal((name, description), (organization.Name, organization.Description));
        var export = await directory.ExportAsync(HsdsExportFormat.Csv);
        Assert.Contains(name.Replace("\"", "\"\"", StringComparison.Ordinal), File.ReadAllText(Path.Combine(export, "organizations.csv")), StringComparison.Ordinal);
        var (again, reimport) = await ImportIntoNewAsync(export);
        Assert.True(reimport.Succeeded, HsdsImportTests.Describe(reimport));
        var copied = Assert.Single(await again.AllAsync<HsdsOrganization>());
        Assert.Equal((name, description), (copied.Name, copied.Description));
    }

    [Fact]
    public async Task Import_DuplicateIdInAFile_NamesBothLinesAndWritesNothing()
    {
        var copy = HsdsExamples.CopyOfCsv();
        Edit(copy, "programs.csv", text => text + text.Split('\n')[1] + "\n");

        var (directory, report) = await ImportIntoNewAsync(copy);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((HsdsProblemKind.DuplicateId, "programs.csv", 3, "id", "e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42", "2"),
            (problem.Kind, problem.File, problem.Line, problem.Field, problem.Value, problem.Detail));
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task Import_SeveralBadValues_ReportsEveryOneAtOnce()
    {
        var copy = HsdsExamples.CopyOfCsv();
        Edit(copy, "services.csv", text => text
            .Replace(",active,", ",open,", StringComparison.Ordinal)
            .Replace(",12,100,", ",twelve,100,", StringComparison.Ordinal)
            .Replace("2023-03-15T10:30:45.123Z", "yesterday", StringComparison.Ordinal)
            .Replace($"{ServiceId},d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,", $"{ServiceId},nobody,", StringComparison.Ordinal));
        Edit(copy, "locations.csv", text => text.Replace(",physical,", ",home,", StringComparison.Ordinal));

        var (directory, report) = await ImportIntoNewAsync(copy);

        Assert.Equal(
            ["locations.csv:2:location_type:NotAllowed", "services.csv:2:last_modified:BadDateTime", "services.csv:2:minimum_age:BadNumber",
             "services.csv:2:organization_id:BadReference", "services.csv:2:status:NotAllowed"],
            report.Problems.Select(p => $"{p.File}:{p.Line}:{p.Field}:{p.Kind}").Order(StringComparer.Ordinal));
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task Import_OneBadRowAmongUpdates_ChangesNothingAtAll()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);
        Assert.True((await directory.ImportAsync(HsdsExamples.Csv)).Succeeded);
        var copy = HsdsExamples.CopyOfCsv();
        Edit(copy, "services.csv", text => text.Replace(",Community Counselling,", ",Renamed service,", StringComparison.Ordinal));
        Edit(copy, "taxonomy_terms.csv", text => text + "second-term,code,,description,,,,,\r\n");

        var report = await directory.ImportAsync(copy);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("taxonomy_terms.csv", 3, "name"), (problem.File, problem.Line, problem.Field));
        Assert.Equal("Community Counselling", Assert.Single(await directory.AllAsync<HsdsService>()).Name);
        Assert.Single(await directory.AllAsync<HsdsTaxonomyTerm>());
    }

    [Fact]
    public async Task Import_JsonValueNotAllowed_NamesJsonPathAndField()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("hsds-json-").FullName;
        var path = Path.Combine(folder, "service_full.json");
        var text = File.ReadAllText(HsdsExamples.Json("service_full.json"));
        var first = text.IndexOf("\"wkst\": \"TU\"", StringComparison.Ordinal);
        File.WriteAllText(path, text[..first] + "\"wkst\": \"XX\"" + text[(first + "\"wkst\": \"TU\"".Length)..]);

        var (directory, report) = await ImportIntoNewAsync(path);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((HsdsProblemKind.NotAllowed, "service_full.json", "$.schedules[0]", "wkst", "XX"), (problem.Kind, problem.File, problem.Path, problem.Field, problem.Value));
        Assert.Contains("MO, TU, WE", problem.Detail, StringComparison.Ordinal);
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task Import_JsonMissingRequiredInNestedRecord_NamesItsPath()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("hsds-json-").FullName;
        var path = Path.Combine(folder, "location.json");
        File.WriteAllText(path, File.ReadAllText(HsdsExamples.Json("location.json")).Replace("\"city\": \"MyCity\",", "", StringComparison.Ordinal));

        var (directory, report) = await ImportIntoNewAsync(path);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((HsdsProblemKind.MissingRequired, "$.addresses[0]", "city"), (problem.Kind, problem.Path, problem.Field));
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task Import_BrokenJson_NamesTheLine()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("hsds-json-").FullName;
        var path = Path.Combine(folder, "taxonomy.json");
        File.WriteAllText(path, "{\n  \"id\": \"x\",\n  \"name\": \"name\"\n  \"description\": \"no comma before me\"\n}");

        var (directory, report) = await ImportIntoNewAsync(path);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((HsdsProblemKind.BadJson, "taxonomy.json", 4), (problem.Kind, problem.File, problem.Line));
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task Import_TooManyRecords_SaysSoAndWritesNothing()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("hsds-big-").FullName;
        var csv = new StringBuilder("id,name,description\n");
        for (var i = 0; i <= HsdsLimits.MaxRecords; i++)
        {
            csv.Append('t').Append(i).Append(",name,description\n");
        }
        File.WriteAllText(Path.Combine(folder, "taxonomies.csv"), csv.ToString());

        var (directory, report) = await ImportIntoNewAsync(folder);

        Assert.Equal(HsdsProblemKind.TooManyRecords, Assert.Single(report.Problems).Kind);
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task Import_SameDataTwice_CreatesNoDuplicates()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);
        Assert.True((await directory.ImportAsync(HsdsExamples.Csv)).Succeeded);

        var again = await directory.ImportAsync(HsdsExamples.Csv);

        Assert.True(again.Succeeded, HsdsImportTests.Describe(again));
        Assert.All(again.Counts, count => Assert.Equal((0, 0, 1), (count.Created, count.Updated, count.Unchanged)));
        Assert.All((await directory.CountsAsync()).Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Import_ChangedData_UpdatesByIdWhatChanged()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);
        Assert.True((await directory.ImportAsync(HsdsExamples.Csv)).Succeeded);
        var copy = HsdsExamples.CopyOfCsv();
        Edit(copy, "services.csv", text => text.Replace(",Community Counselling,", ",Counselling for everyone,", StringComparison.Ordinal));
        Edit(copy, "cost_options.csv", text => text.Replace(",35,", ",42.50,", StringComparison.Ordinal));

        var report = await directory.ImportAsync(copy);

        Assert.True(report.Succeeded, HsdsImportTests.Describe(report));
        Assert.Equal((0, 1, 0), Counts(report, "service"));
        Assert.Equal((0, 1, 0), Counts(report, "cost_option"));
        Assert.Equal((0, 0, 1), Counts(report, "phone"));
        Assert.Equal("Counselling for everyone", Assert.Single(await directory.AllAsync<HsdsService>()).Name);
        Assert.Equal(42.5m, Assert.Single(await directory.AllAsync<HsdsCostOption>()).Amount);
    }

    [Fact]
    public async Task Import_Again_KeepsCirclesOwnFields()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);
        Assert.True((await directory.ImportAsync(HsdsExamples.Csv)).Succeeded);
        await directory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CirclesDb>();
            (await db.Set<HsdsLocation>().SingleAsync()).IsConfidential = true;
            db.ServiceFacts.Add(new ServiceFacts { ServiceId = ServiceId, ExperiencedWithSurvivors = true, IsFree = true, Intake = IntakeStatus.WaitingList });
            return await db.SaveChangesAsync();
        });
        var copy = HsdsExamples.CopyOfCsv();
        Edit(copy, "locations.csv", text => text.Replace(",MyCity Civic Center,", ",The Civic Center,", StringComparison.Ordinal));

        var report = await directory.ImportAsync(copy);

        Assert.True(report.Succeeded, HsdsImportTests.Describe(report));
        var location = Assert.Single(await directory.AllAsync<HsdsLocation>());
        Assert.Equal(("The Civic Center", true), (location.Name, location.IsConfidential));
        var facts = await directory.InScopeAsync(services => services.GetRequiredService<CirclesDb>().ServiceFacts.SingleAsync());
        Assert.Equal((ServiceId, true, true, IntakeStatus.WaitingList), (facts.ServiceId, facts.ExperiencedWithSurvivors, facts.IsFree, facts.Intake));
    }

    private async Task<(HsdsTestDirectory Directory, HsdsImportReport Report)> ImportIntoNewAsync(string path)
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);
        return (directory, await directory.ImportAsync(path));
    }

    private static (int, int, int) Counts(HsdsImportReport report, string table)
    {
        var count = report.Counts.Single(c => c.Table.Name == table);
        return (count.Created, count.Updated, count.Unchanged);
    }

    private static void Edit(string folder, string file, Func<string, string> change)
    {
        var path = Path.Combine(folder, file);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }
}
