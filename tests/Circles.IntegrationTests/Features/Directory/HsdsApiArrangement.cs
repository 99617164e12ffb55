using System.Net;
using System.Text.Json.Nodes;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>
/// An organization whose directory holds the official HSDS example (shared/hsds/examples/csv), with
/// the example's loose ends tied so that every relation nests as in examples/*_full.json, plus a
/// confidential safe house whose address is a canary.
/// </summary>
public static class HsdsApiArrangement
{
    public const string ServiceId = "ac148810-d857-441c-9679-408f346de14b";
    public const string OrganizationId = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
    public const string ServiceAtLocationId = "e94c9f38-1e8f-4564-91d4-d53501ab1765";
    public const string LocationId = "3a19ff88-4620-4d17-9830-ac1d859eb5d5";
    public const string TaxonomyId = "5c4d79d7-cc55-470e-9f1f-8cad074e4892";
    public const string TaxonomyTermId = "3f7b145d-84af-42d7-8fae-eaca714b02b2";

    public const string SafeHouseId = "6f1c1c6e-2f0a-4d8e-9a3e-5b0e8d1f7a11";
    public const string SafeHouseLinkId = "0d7d3c2a-8b4e-4f0c-a1d2-3e4f5a6b7c8d";

    /// <summary>Only in the confidential location's address, coordinates, accessibility and change history.</summary>
    public const string Canary = "Kestrel Canary Lane";

    /// <summary>The example records, tied together, with the confidential safe house.</summary>
    public static List<IHsdsRecord> ExampleRecords(bool withSafeHouse = true)
    {
        var records = HsdsExampleData.LoadCsv();
        records.The<HsdsLocation>().DirectoryOrganizationId = OrganizationId;
        var contact = records.The<HsdsContact>();
        contact.DirectoryOrganizationId = OrganizationId;
        contact.ServiceAtLocationId = ServiceAtLocationId;
        var attribute = records.The<HsdsAttribute>();
        attribute.LinkId = ServiceId;
        attribute.LinkEntity = "service";
        records.The<HsdsTaxonomyTerm>().TaxonomyId = TaxonomyId;
        var metadata = records.The<HsdsMetadata>();
        metadata.ResourceId = ServiceId;
        metadata.ResourceType = "service";
        if (withSafeHouse)
        {
            records.AddRange(SafeHouse());
        }
        return records;
    }

    /// <summary>A shelter of the example organization, offered by the example service: confidential, with the canary everywhere that would find it.</summary>
    public static IEnumerable<IHsdsRecord> SafeHouse()
    {
        yield return new HsdsLocation
        {
            Id = SafeHouseId,
            LocationType = "physical",
            DirectoryOrganizationId = OrganizationId,
            Name = "Safe house",
            Description = "Short stays, by referral.",
            Transportation = $"Bus 7 to {Canary}",
            Latitude = 51.5m,
            Longitude = -0.12m,
            ExternalIdentifier = $"{Canary} UPRN",
            ExternalIdentifierType = "UPRN",
            Url = "https://canary.example/kestrel",
            IsConfidential = true,
        };
        yield return new HsdsAddress
        {
            Id = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
            LocationId = SafeHouseId,
            Address1 = $"77 {Canary}",
            City = "Rivertown",
            StateProvince = "Riverside",
            PostalCode = "RV1 7CL",
            Country = "GB",
            AddressType = "physical",
        };
        yield return new HsdsAccessibility
        {
            Id = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
            LocationId = SafeHouseId,
            Description = $"Step-free entrance on {Canary}",
        };
        yield return new HsdsMetadata
        {
            Id = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
            ResourceId = SafeHouseId,
            ResourceType = "location",
            LastActionDate = "2024-01-01",
            LastActionType = "update",
            FieldName = "address_1",
            PreviousValue = $"75 {Canary}",
            ReplacementValue = $"77 {Canary}",
            UpdatedBy = "Coordinator",
        };
        yield return new HsdsServiceAtLocation
        {
            Id = SafeHouseLinkId,
            ServiceId = ServiceId,
            LocationId = SafeHouseId,
            Description = "Short stays at the safe house.",
        };
        // The safe house's own lines and the person who answers there: each names the place
        // a different way (its location, its service-at-location, a contact there), and the first
        // is also the service's, as in the HSDS example.
        yield return new HsdsPhone { Id = "3d4e5f6a-7b8c-4d9e-8f1a-2b3c4d5e6f7a", LocationId = SafeHouseId, ServiceId = ServiceId, Number = "+44 7700 900111", Description = $"Front door, {Canary}" };
        yield return new HsdsLanguage { Id = "4e5f6a7b-8c9d-4e0f-9a2b-3c4d5e6f7a8b", PhoneId = "3d4e5f6a-7b8c-4d9e-8f1a-2b3c4d5e6f7a", Name = "English", Code = "en" };
        yield return new HsdsPhone { Id = "5f6a7b8c-9d0e-4f1a-8b3c-4d5e6f7a8b9c", ServiceAtLocationId = SafeHouseLinkId, Number = "+44 7700 900222", Description = $"Night line, {Canary}" };
        yield return new HsdsContact { Id = "6a7b8c9d-0e1f-4a2b-9c4d-5e6f7a8b9c0d", LocationId = SafeHouseId, ServiceId = ServiceId, Name = "Warden", Email = "warden@canary.example" };
        yield return new HsdsPhone { Id = "7b8c9d0e-1f2a-4b3c-8d5e-6f7a8b9c0d1e", ContactId = "6a7b8c9d-0e1f-4a2b-9c4d-5e6f7a8b9c0d", ServiceId = ServiceId, Number = "+44 7700 900333", Description = $"The warden, {Canary}" };
    }

    /// <summary>A new organization with the example directory, its API open to the given audience.</summary>
    public static async Task<TestOrganization> DirectoryAsync(
        this CirclesApp app, DirectoryApiAccess access = DirectoryApiAccess.Public, IEnumerable<IHsdsRecord>? records = null)
    {
        var organization = await app.CreateOrganizationAsync();
        await app.SetDirectoryApiAccessAsync(organization, access);
        await app.SeedAsync(organization.Id, records ?? ExampleRecords());
        return organization;
    }

    public static async Task SetDirectoryApiAccessAsync(this CirclesApp app, TestOrganization organization, DirectoryApiAccess access)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var row = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Id == organization.Id);
        row.DirectoryApiAccess = access;
        await db.SaveChangesAsync();
    }

    public static string Api(this TestOrganization organization, string path) => $"/api/hsds/{organization.Slug}/{path.TrimStart('/')}";

    /// <summary>GETs an API address expecting 200 and returns the body, parsed.</summary>
    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    public static List<string> Ids(this JsonNode page) => [.. page["contents"]!.AsArray().Select(c => (string)c!["id"]!)];

    /// <summary>Every key path of a document ("service_at_locations[].location.addresses[].city"), to compare shapes.</summary>
    public static SortedSet<string> KeyPaths(JsonNode? node, string prefix = "")
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        switch (node)
        {
            case JsonObject document:
                foreach (var (key, value) in document)
                {
                    var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
                    paths.Add(path);
                    paths.UnionWith(KeyPaths(value, path));
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    paths.UnionWith(KeyPaths(item, prefix + "[]"));
                }
                break;
        }
        return paths;
    }
}
