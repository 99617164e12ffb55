using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory;

/// <summary>
/// The one rule for confidential locations (shelters, safe houses), used by the pages, the HSDS
/// API and the export: what gives away where the place is never leaves Circles, except in an
/// export a coordinator makes on purpose for a trusted partner (audited).
/// </summary>
public static class Confidentiality
{
    /// <summary>
    /// A copy of the location with what would find the place removed: coordinates, directions
    /// and external identifiers. Its addresses are dropped separately with <see cref="HidesAddressesOf"/>.
    /// </summary>
    public static HsdsLocation Redacted(HsdsLocation location) => !location.IsConfidential ? location : new HsdsLocation
    {
        OrganizationId = location.OrganizationId,
        Id = location.Id,
        LocationType = location.LocationType,
        DirectoryOrganizationId = location.DirectoryOrganizationId,
        Name = location.Name,
        AlternateName = location.AlternateName,
        Description = location.Description,
        IsConfidential = true,
    };

    /// <summary>Whether the addresses (and accessibility details) of a location are withheld.</summary>
    public static bool HidesAddressesOf(HsdsLocation location, bool trustedPartnerExport = false) =>
        location.IsConfidential && !trustedPartnerExport;
}

/// <summary>
/// The phones and contacts that belong to confidential places: a shelter's own line or the person
/// who answers there could lead someone to it as surely as its address. A phone or contact is
/// withheld with the place when it names the location, one of its service-at-location entries,
/// or (for a phone) a contact withheld that way. The pages, the HSDS API and an ordinary export
/// all leave them out; only the trusted-partner export keeps them.
/// </summary>
public sealed class ConfidentialLinks
{
    public static readonly ConfidentialLinks None = new([], [], []);

    private readonly HashSet<string> locations;
    private readonly HashSet<string> serviceAtLocations;
    private readonly HashSet<string> contacts;

    private ConfidentialLinks(IEnumerable<string> locations, IEnumerable<string> serviceAtLocations, IEnumerable<string> contacts)
    {
        this.locations = new(locations, StringComparer.Ordinal);
        this.serviceAtLocations = new(serviceAtLocations, StringComparer.Ordinal);
        this.contacts = new(contacts, StringComparer.Ordinal);
    }

    /// <summary>The current organization's links, in at most three small queries (one when nothing is confidential).</summary>
    public static async Task<ConfidentialLinks> LoadAsync(CirclesDb db, CancellationToken cancellationToken)
    {
        var locations = await db.Set<HsdsLocation>().Where(l => l.IsConfidential).Select(l => l.Id).ToListAsync(cancellationToken);
        if (locations.Count == 0)
        {
            return None;
        }
        var serviceAtLocations = await db.Set<HsdsServiceAtLocation>()
            .Where(s => s.LocationId != null && locations.Contains(s.LocationId))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        var contacts = await db.Set<HsdsContact>()
            .Where(c => (c.LocationId != null && locations.Contains(c.LocationId))
                || (c.ServiceAtLocationId != null && serviceAtLocations.Contains(c.ServiceAtLocationId)))
            .Select(c => c.Id).ToListAsync(cancellationToken);
        return new(locations, serviceAtLocations, contacts);
    }

    /// <summary>The same rule over rows already in memory (the export), for the locations given as hidden.</summary>
    public static ConfidentialLinks Of(IReadOnlySet<string> hiddenLocations, IEnumerable<HsdsServiceAtLocation> serviceAtLocations, IEnumerable<HsdsContact> contacts)
    {
        if (hiddenLocations.Count == 0)
        {
            return None;
        }
        var hiddenServiceAtLocations = serviceAtLocations.Where(s => s.LocationId is { } id && hiddenLocations.Contains(id)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var hiddenContacts = contacts
            .Where(c => (c.LocationId is { } location && hiddenLocations.Contains(location))
                || (c.ServiceAtLocationId is { } sal && hiddenServiceAtLocations.Contains(sal)))
            .Select(c => c.Id);
        return new(hiddenLocations, hiddenServiceAtLocations, hiddenContacts);
    }

    /// <summary>Whether this phone or contact is withheld with its confidential place.</summary>
    public bool Hides(IHsdsRecord record) => record switch
    {
        HsdsPhone phone => In(locations, phone.LocationId) || In(serviceAtLocations, phone.ServiceAtLocationId) || In(contacts, phone.ContactId),
        HsdsContact contact => contacts.Contains(contact.Id),
        _ => false,
    };

    private static bool In(HashSet<string> set, string? id) => id is not null && set.Contains(id);
}
