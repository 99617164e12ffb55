using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Directory.Hsds.Import;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>
/// Every official HSDS example imports, in each form (CSV folder, .zip, every JSON file), and
/// nested JSON gives each record its parent without creating duplicates.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class HsdsImportTests(SharedCirclesApp app)
{
    public static TheoryData<string> JsonExamples => [.. HsdsExamples.JsonFiles.Where(name => name != "base.json")];

    [Fact]
    public async Task Import_CsvExampleFolder_CreatesOneRecordInEveryTable()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);

        var report = await directory.ImportAsync(HsdsExamples.Csv);

        Assert.True(report.Succeeded, Describe(report));
        Assert.Equal(HsdsSchema.Tables.Count, report.Counts.Count);
        Assert.All(report.Counts, count => Assert.Equal((1, 0, 0), (count.Created, count.Updated, count.Unchanged)));
        var counts = await directory.CountsAsync();
        Assert.Equal(HsdsSchema.Tables.Select(t => t.Name).Order(), counts.Keys.Order());
        Assert.All(counts.Values, count => Assert.Equal(1, count));

        var service = Assert.Single(await directory.AllAsync<HsdsService>());
        Assert.Equal("Community Counselling", service.Name);
        Assert.Equal("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", service.DirectoryOrganizationId);
        Assert.Equal(new DateTime(2023, 3, 15, 10, 30, 45, 123, DateTimeKind.Utc), service.LastModified);
        Assert.StartsWith("Counselling Services provided by trained professionals. Suitable for people with mental health conditions such as anxiety, depression,", service.Description, StringComparison.Ordinal);
        Assert.Equal("\"+44 1234 234567\"", Assert.Single(await directory.AllAsync<HsdsPhone>()).Number);
        Assert.Equal(35m, Assert.Single(await directory.AllAsync<HsdsCostOption>()).Amount);
        Assert.Equal("TU", Assert.Single(await directory.AllAsync<HsdsSchedule>()).Wkst);
    }

    [Fact]
    public async Task Import_CsvExample_NotesTheReferencesTheExampleLeavesDangling()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);

        var report = await directory.ImportAsync(HsdsExamples.Csv);

        // The official example points at records it does not include; they import as written, with a note.
        Assert.True(report.Succeeded, Describe(report));
        var kept = report.Notes.Where(n => n.Kind == HsdsProblemKind.ReferenceKept).Select(n => $"{n.File}:{n.Line}:{n.Field}").Order().ToList();
        Assert.Equal(["contacts.csv:2:organization_id", "contacts.csv:2:service_at_location_id", "locations.csv:2:organization_id", "taxonomy_terms.csv:2:taxonomy_id"], kept);
    }

    [Theory]
    [InlineData("")]
    [InlineData("human_services_data/")]
    public async Task Import_CsvExampleAsZip_ImportsLikeTheFolder(string inFolder)
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);

        var report = await directory.ImportAsync("examples.zip", HsdsExamples.Zip(HsdsExamples.Csv, inFolder));

        Assert.True(report.Succeeded, Describe(report));
        Assert.Equal(HsdsSchema.Tables.Count, (await directory.CountsAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(JsonExamples))]
    public async Task Import_EachJsonExample_Succeeds(string example)
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);

        var report = await directory.ImportAsync(HsdsExamples.Json(example));

        Assert.True(report.Succeeded, Describe(report));
        Assert.NotEmpty(await directory.CountsAsync());
        // Importing it again finds every record already there.
        var again = await directory.ImportAsync(HsdsExamples.Json(example));
        Assert.True(again.Succeeded, Describe(again));
        Assert.All(again.Counts, count => Assert.Equal(0, count.Created + count.Updated));
    }

    [Fact]
    public async Task Import_BaseJson_ReportsNothingToImportAndWritesNothing()
    {
        // base.json is the API's description (version, profile, openapi_url), not directory data.
        var directory = await HsdsTestDirectory.CreateAsync(app);

        var report = await directory.ImportAsync(HsdsExamples.Json("base.json"));

        Assert.False(report.Succeeded);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((HsdsProblemKind.ApiDescriptionOnly, "base.json"), (problem.Kind, problem.File));
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task Import_ServiceFull_GivesNestedRecordsTheirParentsOnce()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);

        var report = await directory.ImportAsync(HsdsExamples.Json("service_full.json"));

        Assert.True(report.Succeeded, Describe(report));
        // The phone appears eight times in the document, under the service, its location, its
        // contact and so on: one record, with every parent its places imply.
        var phone = Assert.Single(await directory.AllAsync<HsdsPhone>());
        Assert.Equal("ac148810-d857-441c-9679-408f346de14b", phone.ServiceId);
        Assert.Equal("3a19ff88-4620-4d17-9830-ac1d859eb5d5", phone.LocationId);
        Assert.Equal("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", phone.DirectoryOrganizationId);
        Assert.Equal("1e7efce3-639b-4880-940c-b95cd30cdb50", phone.ContactId);
        Assert.Equal("e94c9f38-1e8f-4564-91d4-d53501ab1765", phone.ServiceAtLocationId);
        var language = Assert.Single(await directory.AllAsync<HsdsLanguage>());
        Assert.Equal(("1554f2e2-a373-45db-a3fa-9fc48a61c15e", "ac148810-d857-441c-9679-408f346de14b"), (language.PhoneId, language.ServiceId));
        var service = Assert.Single(await directory.AllAsync<HsdsService>());
        Assert.Equal(("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42"), (service.DirectoryOrganizationId, service.ProgramId));
        var place = Assert.Single(await directory.AllAsync<HsdsServiceAtLocation>());
        Assert.Equal((service.Id, "3a19ff88-4620-4d17-9830-ac1d859eb5d5"), (place.ServiceId, place.LocationId));
        var attribute = Assert.Single(await directory.AllAsync<HsdsAttribute>());
        Assert.Equal((service.Id, "3f7b145d-84af-42d7-8fae-eaca714b02b2"), (attribute.LinkId, attribute.TaxonomyTermId));
        var term = Assert.Single(await directory.AllAsync<HsdsTaxonomyTerm>());
        Assert.Equal("5c4d79d7-cc55-470e-9f1f-8cad074e4892", term.TaxonomyId);
        Assert.Equal(service.Id, Assert.Single(await directory.AllAsync<HsdsServiceArea>()).ServiceId);
        Assert.Equal("3a19ff88-4620-4d17-9830-ac1d859eb5d5", Assert.Single(await directory.AllAsync<HsdsAddress>()).LocationId);
    }

    [Fact]
    public async Task Import_SameDataInTwoOrganizations_KeepsTheirDirectoriesApart()
    {
        var first = await HsdsTestDirectory.CreateAsync(app);
        var second = await HsdsTestDirectory.CreateAsync(app);

        Assert.True((await first.ImportAsync(HsdsExamples.Csv)).Succeeded);
        var report = await second.ImportAsync(HsdsExamples.Json("service_list.json"));

        // The same HSDS ids live in both organizations; the second import created its own.
        Assert.True(report.Succeeded, Describe(report));
        Assert.Equal(1, report.Counts.Single(c => c.Table.Name == "service").Created);
        Assert.Equal(HsdsSchema.Tables.Count, (await first.CountsAsync()).Count);
        Assert.Equal(["organization", "program", "service"], (await second.CountsAsync()).Keys.Order());
    }

    internal static string Describe(HsdsImportReport report) =>
        string.Join(Environment.NewLine, report.Problems.Select(p => $"{p.Kind} {p.File}:{p.Line}{p.Path} {p.Field} {p.Value}"));
}
