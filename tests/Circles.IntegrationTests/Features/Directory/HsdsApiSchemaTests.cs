using System.Text.Json.Nodes;
using Circles.IntegrationTests.Infrastructure;
using static Circles.IntegrationTests.Features.Directory.HsdsApiArrangement;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>Every path of the HSDS API answers documents that validate against the HSDS 3.0 schemas and look like the official examples.</summary>
[Collection(SharedApp.Name)]
public sealed class HsdsApiSchemaTests(SharedCirclesApp app)
{
    [Fact]
    public async Task EveryPath_ValidatesAgainstTheHsdsSchemas()
    {
        var organization = await app.DirectoryAsync();
        var client = app.NewBrowser();
        var checks = new (string Path, Task<NJsonSchema.JsonSchema> Schema)[]
        {
            ("/", HsdsSchemas.BaseAsync()),
            ("services", HsdsSchemas.PageAsync("service")),
            ("services?full=true", HsdsSchemas.PageAsync("service")),
            ("services?minimal=true", HsdsSchemas.MinimalPageAsync()),
            ($"services/{ServiceId}", HsdsSchemas.DocumentAsync("service")),
            ("service_at_locations", HsdsSchemas.PageAsync("service_at_location")),
            ("service_at_locations?full=true", HsdsSchemas.PageAsync("service_at_location")),
            ($"service_at_locations/{ServiceAtLocationId}", HsdsSchemas.DocumentAsync("service_at_location")),
            ($"service_at_locations/{SafeHouseLinkId}", HsdsSchemas.DocumentAsync("service_at_location")),
            ("organizations", HsdsSchemas.PageAsync("organization")),
            ("organizations?full=true", HsdsSchemas.PageAsync("organization")),
            ("organizations?full_service=true", HsdsSchemas.PageAsync("organization")),
            ($"organizations/{OrganizationId}", HsdsSchemas.DocumentAsync("organization")),
            ($"organizations/{OrganizationId}?full_service=true", HsdsSchemas.DocumentAsync("organization")),
            ("taxonomies", HsdsSchemas.PageAsync("taxonomy")),
            ($"taxonomies/{TaxonomyId}", HsdsSchemas.DocumentAsync("taxonomy")),
            ("taxonomy_terms", HsdsSchemas.PageAsync("taxonomy_term")),
            ($"taxonomy_terms/{TaxonomyTermId}", HsdsSchemas.DocumentAsync("taxonomy_term")),
        };

        var problems = new List<string>();
        foreach (var (path, schema) in checks)
        {
            var json = (await client.GetJsonAsync(organization.Api(path))).ToJsonString();
            problems.AddRange((await HsdsSchemas.ErrorsAsync(schema, json)).Select(e => $"{path} {e}"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task SchemaCheck_RefusesWhatIsNotHsds()
    {
        // The validation above proves something only if the validator does fail on bad documents.
        var service = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(HsdsExampleData.Folder, "examples", "service_full.json")))!.AsObject();
        Assert.Empty(await HsdsSchemas.ErrorsAsync(HsdsSchemas.DocumentAsync("service"), service.ToJsonString()));

        service.Remove("name");
        service["phones"]![0]!["extension"] = "one hundred";
        var errors = await HsdsSchemas.ErrorsAsync(HsdsSchemas.DocumentAsync("service"), service.ToJsonString());
        Assert.Contains(errors, e => e.Contains("PropertyRequired", StringComparison.Ordinal) && e.Contains("name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("NumberExpected", StringComparison.Ordinal));

        var page = """{"total_items":1,"total_pages":1,"page_number":1,"size":1,"first_page":true,"last_page":true,"contents":[{"id":"x"}]}""";
        var pageErrors = await HsdsSchemas.ErrorsAsync(HsdsSchemas.PageAsync("service"), page);
        Assert.Contains(pageErrors, e => e.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(pageErrors, e => e.Contains("name", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("services/" + ServiceId, "service_full.json", null)]
    [InlineData("service_at_locations/" + ServiceAtLocationId, "service_at_location_full.json", null)]
    [InlineData("organizations/" + OrganizationId + "?full_service=true", "organization_full.json", null)]
    [InlineData("taxonomy_terms/" + TaxonomyTermId, "taxonomy_term.json", null)]
    [InlineData("services", "service_list.json", "contents")]
    [InlineData("service_at_locations", "service_at_location_list.json", "contents")]
    [InlineData("organizations", "organization_list.json", "contents")]
    [InlineData("taxonomies", "taxonomy_list.json", "contents")]
    [InlineData("taxonomy_terms", "taxonomy_term_list.json", "contents")]
    public async Task Document_ForTheExampleData_HasTheShapeOfTheOfficialExample(string path, string example, string? list)
    {
        var organization = await app.DirectoryAsync(records: ExampleRecords(withSafeHouse: false));

        var answer = await app.NewBrowser().GetJsonAsync(organization.Api(path));

        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(HsdsExampleData.Folder, "examples", example)));
        var ours = KeyPaths(list is null ? answer : answer[list]);
        var theirs = KeyPaths(list is null ? expected : expected![list]);
        Assert.Equal(string.Join("\n", theirs.Except(KnownDifferences)), string.Join("\n", ours.Except(KnownDifferences)));
    }

    /// <summary>
    /// Where the example CSV and the example JSON disagree, the CSV wins: organizations.csv has a
    /// tax_id that the JSON examples leave out.
    /// </summary>
    private static readonly string[] KnownDifferences =
    [
        "tax_id", "[].tax_id", "organization.tax_id", "[].organization.tax_id", "service.organization.tax_id", "[].service.organization.tax_id",
    ];
}
