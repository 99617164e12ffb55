using System.Net;
using System.Text.Json.Nodes;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Organizations;
using static Circles.IntegrationTests.Features.Directory.HsdsApiArrangement;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>The HSDS read API: who may read it, what it never shows, and what each query parameter does.</summary>
[Collection(SharedApp.Name)]
public sealed class HsdsApiTests(SharedCirclesApp app)
{
    /// <summary>Every path, list and document, as a client would walk the whole directory.</summary>
    private static readonly string[] EveryPath =
    [
        "/", "services", "services?full=true", "services?minimal=true", $"services/{ServiceId}",
        "service_at_locations", "service_at_locations?full=true", $"service_at_locations/{ServiceAtLocationId}", $"service_at_locations/{SafeHouseLinkId}",
        "organizations", "organizations?full=true", "organizations?full_service=true", $"organizations/{OrganizationId}", $"organizations/{OrganizationId}?full_service=true",
        "taxonomies", $"taxonomies/{TaxonomyId}", "taxonomy_terms", $"taxonomy_terms/{TaxonomyTermId}",
    ];

    [Fact]
    public async Task PublicDirectory_AsAnyone_IsReadableByOtherSitesAndCachedBriefly()
    {
        var organization = await app.DirectoryAsync(DirectoryApiAccess.Public);

        var response = await app.NewBrowser().GetAsync(organization.Api("services"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(ServiceId, Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.Ids()));
    }

    [Fact]
    public async Task PublicDirectory_AsSignedInPerson_IsNeverStored()
    {
        // SEC-4: a shared phone keeps nothing read with a session.
        var organization = await app.DirectoryAsync(DirectoryApiAccess.Public);
        var member = await app.SignedInAsync(organization.Member);

        var response = await member.GetAsync(organization.Api("services"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task SignedInOnlyDirectory_Anonymous_Gets401Problem()
    {
        var organization = await app.DirectoryAsync(DirectoryApiAccess.SignedInOnly);

        foreach (var path in EveryPath)
        {
            var response = await app.NewBrowser().GetAsync(organization.Api(path));

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
            Assert.DoesNotContain(ServiceId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SignedInOnlyDirectory_AsItsMember_IsReadableNeverStoredAndClosedToOtherSites()
    {
        var organization = await app.DirectoryAsync(DirectoryApiAccess.SignedInOnly);
        var member = await app.SignedInAsync(organization.Member);

        var response = await member.GetAsync(organization.Api("services"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(ServiceId, Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.Ids()));
    }

    [Fact]
    public async Task SignedInOnlyDirectory_AsAnotherOrganizationsCoordinator_Gets404()
    {
        var organization = await app.DirectoryAsync(DirectoryApiAccess.SignedInOnly);
        var other = await app.CreateOrganizationAsync();
        var outsider = await app.SignedInAsync(other.Coordinator);

        foreach (var path in EveryPath)
        {
            var response = await outsider.GetAsync(organization.Api(path));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(ServiceId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("services/00000000-0000-0000-0000-000000000000")]
    [InlineData("service_at_locations/nope")]
    [InlineData("organizations/nope")]
    [InlineData("taxonomies/nope")]
    [InlineData("taxonomy_terms/nope")]
    [InlineData("locations")]
    [InlineData("services/" + ServiceId + "/phones")]
    public async Task UnknownRecordOrPath_Gets404Problem(string path)
    {
        var organization = await app.DirectoryAsync();

        var response = await app.NewBrowser().GetAsync(organization.Api(path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownOrganization_Gets404Problem()
    {
        var response = await app.NewBrowser().GetAsync("/api/hsds/no-such-organization/services");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TwoOrganizationsWithTheSameHsdsIds_NeverSeeEachOthersRecords()
    {
        var ours = await app.DirectoryAsync();
        var theirsRecords = ExampleRecords();
        foreach (var service in theirsRecords.OfType<HsdsService>())
        {
            service.Name = "Their canary counselling";
        }
        foreach (var location in theirsRecords.OfType<HsdsLocation>())
        {
            location.Name = "Their canary place";
        }
        var theirs = await app.DirectoryAsync(records: theirsRecords);
        var client = app.NewBrowser();

        foreach (var path in EveryPath.Append("services?search=counselling").Append("service_at_locations?search=canary"))
        {
            var body = await (await client.GetAsync(ours.Api(path))).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Their canary", body, StringComparison.Ordinal);
        }
        Assert.Contains("Their canary counselling", (await client.GetJsonAsync(theirs.Api($"services/{ServiceId}"))).ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, (int)(await client.GetJsonAsync(ours.Api("services")))["total_items"]!);
        Assert.Equal(2, (int)(await client.GetJsonAsync(ours.Api("service_at_locations")))["total_items"]!);
    }

    [Fact]
    public async Task PublicDirectory_AsPersonOfAnotherOrganization_ShowsThatDirectoryNotTheirOwn()
    {
        // The reader's own organization holds the same HSDS ids: the API must read the directory
        // named in the address, search included, not the reader's.
        var readerRecords = ExampleRecords();
        readerRecords.OfType<HsdsService>().Single().Name = "Reader's own canary";
        var readerOrganization = await app.DirectoryAsync(DirectoryApiAccess.SignedInOnly, readerRecords);
        var directory = await app.DirectoryAsync(DirectoryApiAccess.Public);
        var reader = await app.SignedInAsync(readerOrganization.Coordinator);

        var service = await reader.GetJsonAsync(directory.Api($"services/{ServiceId}"));
        var found = await reader.GetJsonAsync(directory.Api("services?search=Counselling"));
        var ownWords = await reader.GetJsonAsync(directory.Api("services?search=canary"));

        Assert.Equal("Community Counselling", (string)service["name"]!);
        Assert.Equal([ServiceId], found.Ids());
        Assert.Equal("Community Counselling", (string)found["contents"]![0]!["name"]!);
        Assert.Empty(ownWords.Ids());
    }

    [Fact]
    public async Task ConfidentialLocation_NeverShowsWhereItIs()
    {
        var organization = await app.DirectoryAsync();
        var client = app.NewBrowser();

        foreach (var path in EveryPath.Append("service_at_locations?per_page=200&full=true").Append($"services?search={Uri.EscapeDataString(Canary)}"))
        {
            var body = await (await client.GetAsync(organization.Api(path))).Content.ReadAsStringAsync();
            Assert.DoesNotContain(Canary, body, StringComparison.Ordinal);
            Assert.DoesNotContain("51.5", body, StringComparison.Ordinal);
            Assert.DoesNotContain("canary.example", body, StringComparison.Ordinal);
            Assert.DoesNotContain("+44 7700 900", body, StringComparison.Ordinal);
        }

        // The place itself is listed, so a referral can name it; only what finds it is withheld.
        var link = await client.GetJsonAsync(organization.Api($"service_at_locations/{SafeHouseLinkId}"));
        var safeHouse = link["location"]!.AsObject();
        Assert.Equal("Safe house", (string)safeHouse["name"]!);
        Assert.False(safeHouse.ContainsKey("addresses"));
        Assert.False(safeHouse.ContainsKey("accessibility"));
        Assert.False(safeHouse.ContainsKey("latitude"));
        Assert.False(safeHouse.ContainsKey("metadata"));
        // The other location keeps its address: the rule is about confidential places only.
        var civicCenter = await client.GetJsonAsync(organization.Api($"service_at_locations/{ServiceAtLocationId}"));
        Assert.Equal("1-30 Main Street", (string)civicCenter["location"]!["addresses"]![0]!["address_1"]!);
    }

    [Fact]
    public async Task Search_FindsByWordsInDirectorySearchsOrder()
    {
        var organization = await app.DirectoryAsync();
        var client = app.NewBrowser();

        Assert.Equal([ServiceId], (await client.GetJsonAsync(organization.Api("services?search=Counselling"))).Ids());
        Assert.Empty((await client.GetJsonAsync(organization.Api("services?search=xylophone"))).Ids());
        Assert.Equal([SafeHouseLinkId, ServiceAtLocationId], (await client.GetJsonAsync(organization.Api("service_at_locations?search=Counselling"))).Ids());
        Assert.Empty((await client.GetJsonAsync(organization.Api("service_at_locations?search=xylophone"))).Ids());
        Assert.Equal([OrganizationId], (await client.GetJsonAsync(organization.Api("organizations?search=example org"))).Ids());
        Assert.Empty((await client.GetJsonAsync(organization.Api("organizations?search=xylophone"))).Ids());
        Assert.Equal([TaxonomyId], (await client.GetJsonAsync(organization.Api("taxonomies?search=descr"))).Ids());
        Assert.Empty((await client.GetJsonAsync(organization.Api("taxonomy_terms?search=xylophone"))).Ids());
    }

    [Theory]
    [InlineData("taxonomy_term_id=" + TaxonomyTermId, true)]
    [InlineData("taxonomy_term_id=0bc248fa-dc27-4650-9ba4-8f1a24ef16a2", false)]
    [InlineData("taxonomy_id=" + TaxonomyId, true)]
    [InlineData("taxonomy_id=07ff6aee-a219-438c-b694-d2fcb6c5373b", false)]
    [InlineData("organization_id=" + OrganizationId, true)]
    [InlineData("organization_id=ae67a707-5893-4225-b0b1-320ab9cb596b", false)]
    [InlineData("modified_after=2023-03-15T10:30:45Z", true)]
    [InlineData("modified_after=2023-03-15T10:30:46Z", false)]
    [InlineData("modified_after=2023-03-15", true)]
    [InlineData("taxonomy_id=" + TaxonomyId + "&organization_id=" + OrganizationId + "&search=Counselling", true)]
    [InlineData("taxonomy_id=" + TaxonomyId + "&search=xylophone", false)]
    public async Task Filter_KeepsOnlyMatchingServicesAndTheirPlaces(string filter, bool matches)
    {
        var organization = await app.DirectoryAsync();
        var client = app.NewBrowser();

        var services = await client.GetJsonAsync(organization.Api("services?" + filter));
        var links = await client.GetJsonAsync(organization.Api("service_at_locations?" + filter));

        Assert.Equal(matches ? [ServiceId] : [], services.Ids());
        Assert.Equal(matches ? [SafeHouseLinkId, ServiceAtLocationId] : [], links.Ids());
    }

    [Fact]
    public async Task TaxonomyTerms_FilterByTaxonomyParentAndTop()
    {
        var records = ExampleRecords();
        records.Add(new HsdsTaxonomyTerm { Id = "0bc248fa-dc27-4650-9ba4-8f1a24ef16a2", Name = "Parent", Description = "Top of the tree" });
        var organization = await app.DirectoryAsync(records: records);
        var client = app.NewBrowser();

        Assert.Equal([TaxonomyTermId], (await client.GetJsonAsync(organization.Api($"taxonomy_terms?taxonomy_id={TaxonomyId}"))).Ids());
        Assert.Equal([TaxonomyTermId], (await client.GetJsonAsync(organization.Api("taxonomy_terms?parent_id=0bc248fa-dc27-4650-9ba4-8f1a24ef16a2"))).Ids());
        Assert.Equal(["0bc248fa-dc27-4650-9ba4-8f1a24ef16a2"], (await client.GetJsonAsync(organization.Api("taxonomy_terms?top_only=true"))).Ids());
        Assert.Equal(2, (await client.GetJsonAsync(organization.Api("taxonomy_terms"))).Ids().Count);
    }

    [Fact]
    public async Task Paging_CountsPagesAndWalksEveryServiceOnceInAStableOrder()
    {
        var example = ExampleRecords(withSafeHouse: false);
        var organization = await app.DirectoryAsync(records: [.. Enumerable.Range(0, 5).SelectMany(copy => HsdsExampleData.Copy(example, copy))]);
        var client = app.NewBrowser();

        var pages = new List<JsonNode>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await client.GetJsonAsync(organization.Api($"services?per_page=2&page={page}")));
        }

        Assert.All(pages, p => Assert.Equal(5, (int)p["total_items"]!));
        Assert.All(pages, p => Assert.Equal(3, (int)p["total_pages"]!));
        Assert.Equal([1, 2, 3, 4], pages.Select(p => (int)p["page_number"]!));
        Assert.Equal([2, 2, 1, 0], pages.Select(p => (int)p["size"]!));
        Assert.Equal([true, false, false, false], pages.Select(p => (bool)p["first_page"]!));
        Assert.Equal([false, false, true, true], pages.Select(p => (bool)p["last_page"]!));
        Assert.Equal([false, false, false, true], pages.Select(p => (bool)p["empty"]!));
        var walked = pages.SelectMany(p => p.Ids()).ToList();
        Assert.Equal(5, walked.Distinct().Count());
        Assert.Equal(walked, (await client.GetJsonAsync(organization.Api("services?per_page=5"))).Ids());
        Assert.Equal(5, (await client.GetJsonAsync(organization.Api("services")))["contents"]!.AsArray().Count);
    }

    [Fact]
    public async Task EmptyResult_SaysSoInTheEnvelope()
    {
        var organization = await app.DirectoryAsync();

        var page = await app.NewBrowser().GetJsonAsync(organization.Api("services?search=xylophone"));

        Assert.Equal(0, (int)page["total_items"]!);
        Assert.Equal(0, (int)page["total_pages"]!);
        Assert.Equal(1, (int)page["page_number"]!);
        Assert.Equal(0, (int)page["size"]!);
        Assert.True((bool)page["first_page"]!);
        Assert.True((bool)page["last_page"]!);
        Assert.True((bool)page["empty"]!);
        Assert.Empty(page["contents"]!.AsArray());
    }

    [Fact]
    public async Task MinimalAndFull_ChangeHowMuchEachServiceCarries()
    {
        var organization = await app.DirectoryAsync();
        var client = app.NewBrowser();

        var minimal = (await client.GetJsonAsync(organization.Api("services?minimal=true")))["contents"]![0]!.AsObject();
        var list = (await client.GetJsonAsync(organization.Api("services")))["contents"]![0]!.AsObject();
        var full = (await client.GetJsonAsync(organization.Api("services?full=true")))["contents"]![0]!.AsObject();

        Assert.Equal(["id", "last_modified"], minimal.Select(p => p.Key));
        Assert.Equal("2023-03-15T10:30:45.123Z", (string)minimal["last_modified"]!);
        Assert.Equal("Example Organization Inc.", (string)list["organization"]!["name"]!);
        Assert.False(list.ContainsKey("phones"));
        Assert.False(list.ContainsKey("organization_id"));
        Assert.Equal("Urdu", (string)full["phones"]![0]!["languages"]![0]!["name"]!);
        Assert.Equal("name", (string)full["attributes"]![0]!["taxonomy_term"]!["taxonomy_detail"]!["name"]!);
    }

    [Theory]
    [InlineData("services?page=0", "page")]
    [InlineData("services?page=two", "page")]
    [InlineData("services?per_page=0", "per_page")]
    [InlineData("services?per_page=201", "per_page")]
    [InlineData("services?per_page=-5", "per_page")]
    [InlineData("services?full=yes", "full")]
    [InlineData("services?minimal=1", "minimal")]
    [InlineData("services?minimal=true&full=true", "minimal and full")]
    [InlineData("services?modified_after=last%20week", "modified_after")]
    [InlineData("services?page=1&page=2", "page")]
    [InlineData("services?format=ndjson", "format")]
    [InlineData("service_at_locations?postcode=AB1", "postcode")]
    [InlineData("organizations?full_service=maybe", "full_service")]
    [InlineData("organizations/" + OrganizationId + "?full_service=maybe", "full_service")]
    [InlineData("taxonomy_terms?top_only=sure", "top_only")]
    public async Task BadParameter_Gets400ProblemNamingIt(string path, string named)
    {
        var organization = await app.DirectoryAsync();

        var response = await app.NewBrowser().GetAsync(organization.Api(path));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith(named, (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", (string)problem["detail"]!, StringComparison.Ordinal);
    }
}
