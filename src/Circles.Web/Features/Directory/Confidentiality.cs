using Circles.Web.Features.Directory.Hsds;

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
