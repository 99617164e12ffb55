using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Needs;

/// <summary>
/// How a member reaches a confidential place (a shelter, a safe house): only through a referral. A
/// coordinator gives the address of one of the referred service's confidential places on that
/// referral, on purpose and audited; the member then finds it on their need's page, folded away
/// until they open it. Nobody else sees it anywhere but the coordinators' facts page, and it
/// is taken back when the coordinator stops showing it or the service turns the referral down
/// (<see cref="ReferralSteps.SetStatus"/>).
/// </summary>
public static class SharedAddresses
{
    public sealed record Place(string LocationId, string Name);

    public sealed record Given(string LocationId, string PlaceName, IReadOnlyList<string> Addresses, DateTime At);

    /// <summary>The confidential places where each of these services is offered, for the coordinator to choose from.</summary>
    public static async Task<ILookup<string, Place>> ConfidentialPlacesOfAsync(CirclesDb db, IReadOnlyCollection<string> serviceIds, CancellationToken cancellationToken)
    {
        var places = await db.Set<HsdsServiceAtLocation>()
            .Where(s => s.ServiceId != null && serviceIds.Contains(s.ServiceId))
            .Join(db.Set<HsdsLocation>().Where(l => l.IsConfidential), s => s.LocationId, l => l.Id, (s, l) => new { ServiceId = s.ServiceId!, l.Id, l.Name })
            .Distinct()
            .ToListAsync(cancellationToken);
        return places.OrderBy(p => p.Name, StringComparer.CurrentCulture).ToLookup(p => p.ServiceId, p => new Place(p.Id, p.Name ?? ""));
    }

    /// <summary>Whether this place may be given on a referral to this service: a confidential location where the service is offered.</summary>
    public static Task<bool> IsConfidentialPlaceOfAsync(CirclesDb db, string serviceId, string locationId, CancellationToken cancellationToken) =>
        db.Set<HsdsServiceAtLocation>()
            .Where(s => s.ServiceId == serviceId && s.LocationId == locationId)
            .AnyAsync(s => db.Set<HsdsLocation>().Any(l => l.Id == s.LocationId && l.IsConfidential), cancellationToken);

    /// <summary>The addresses given on these referrals, by referral (three queries).</summary>
    public static async Task<IReadOnlyDictionary<Guid, Given>> OnReferralsAsync(CirclesDb db, IReadOnlyCollection<Guid> referralIds, CancellationToken cancellationToken)
    {
        var given = await db.Referrals
            .Where(r => referralIds.Contains(r.Id) && r.SharedAddressLocationId != null && r.AddressSharedAt != null)
            .Select(r => new { r.Id, LocationId = r.SharedAddressLocationId!, At = r.AddressSharedAt!.Value })
            .ToListAsync(cancellationToken);
        if (given.Count == 0)
        {
            return new Dictionary<Guid, Given>();
        }
        var locationIds = given.Select(g => g.LocationId).Distinct().ToList();
        var names = await db.Set<HsdsLocation>().Where(l => locationIds.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, l => l.Name ?? "", cancellationToken);
        var addresses = (await db.Set<HsdsAddress>().AsNoTracking()
                .Where(a => a.LocationId != null && locationIds.Contains(a.LocationId))
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.LocationId!, a => a.OneLine());
        return given
            .Where(g => names.ContainsKey(g.LocationId))
            .ToDictionary(g => g.Id, g => new Given(g.LocationId, names[g.LocationId], [.. addresses[g.LocationId]], g.At));
    }
}
