using Circles.Web.Data;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>Arranges directory records straight in the database (as an import would write them), so tests spend their HTTP calls on the pages.</summary>
public static class DirectoryArrangement
{
    public static async Task ArrangeDirectoryAsync(this CirclesApp app, TestOrganization organization, Action<DirectoryBuilder> build)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        await SurvivorTaxonomy.EnsureSeededAsync(db, organization.Id, CancellationToken.None);
        build(new DirectoryBuilder(db, app.Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    public static string NewId() => Guid.NewGuid().ToString();
}

public sealed class DirectoryBuilder(CirclesDb db, DateTime now)
{
    public DateTime Now => now;

    public HsdsService Service(string name, string? description = null, string status = "active", string? organizationName = null)
    {
        var service = new HsdsService { Id = DirectoryArrangement.NewId(), Name = name, Description = description, Status = status };
        if (organizationName is not null)
        {
            var organization = new HsdsOrganization { Id = DirectoryArrangement.NewId(), Name = organizationName };
            db.Add(organization);
            service.DirectoryOrganizationId = organization.Id;
        }
        db.Add(service);
        return service;
    }

    public ServiceFacts Facts(HsdsService service, Action<ServiceFacts>? set = null)
    {
        var facts = new ServiceFacts { ServiceId = service.Id, UpdatedAt = now };
        set?.Invoke(facts);
        db.Add(facts);
        return facts;
    }

    public void Language(HsdsService service, string code, string name) =>
        db.Add(new HsdsLanguage { Id = DirectoryArrangement.NewId(), ServiceId = service.Id, Code = code, Name = name });

    public HsdsSchedule Schedule(HsdsService service, string byday, string opens, string closes, decimal? timezone = null)
    {
        var schedule = new HsdsSchedule
        {
            Id = DirectoryArrangement.NewId(), ServiceId = service.Id, Freq = "WEEKLY", Byday = byday, OpensAt = opens, ClosesAt = closes, Timezone = timezone,
        };
        db.Add(schedule);
        return schedule;
    }

    public HsdsLocation Location(HsdsService service, string name, string street, string postcode, bool confidential = false)
    {
        var location = new HsdsLocation
        {
            Id = DirectoryArrangement.NewId(), LocationType = "physical", Name = name, IsConfidential = confidential,
            Latitude = 51.123456m, Longitude = -0.654321m, Transportation = "Bus to " + street,
        };
        db.Add(location);
        db.Add(new HsdsServiceAtLocation { Id = DirectoryArrangement.NewId(), ServiceId = service.Id, LocationId = location.Id });
        db.Add(new HsdsAddress
        {
            Id = DirectoryArrangement.NewId(), LocationId = location.Id, Address1 = street, City = "Riverside", StateProvince = "County",
            PostalCode = postcode, Country = "GB", AddressType = "physical",
        });
        return location;
    }

    /// <summary>A phone of the service; with a location, it is that place's own line too (as in the HSDS example).</summary>
    public void Phone(HsdsService service, string number, HsdsLocation? location = null) =>
        db.Add(new HsdsPhone { Id = DirectoryArrangement.NewId(), ServiceId = service.Id, LocationId = location?.Id, Number = number, Type = "voice" });

    public void Term(HsdsService service, string termId) =>
        db.Add(new HsdsAttribute { Id = DirectoryArrangement.NewId(), LinkId = service.Id, LinkEntity = "service", TaxonomyTermId = termId });

    public void Area(HsdsService service, string name) =>
        db.Add(new HsdsServiceArea { Id = DirectoryArrangement.NewId(), ServiceId = service.Id, Name = name });

    public void Community(HsdsService service, Guid communityId) =>
        db.Add(new ServiceCommunity { ServiceId = service.Id, CommunityId = communityId });
}
