using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Partners;

/// <summary>What <c>_PartnerFields.cshtml</c> shows: the form, and the communities to link to.</summary>
public sealed record PartnerFieldsView(PartnerForm Form, IReadOnlyList<(Guid Id, string Name)> Communities)
{
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> CommunitiesAsync(CirclesDb db, CancellationToken cancellationToken) =>
        [.. (await db.Communities.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name))];

    /// <summary>Makes the partner's community links those of the form (only communities of the organization count).</summary>
    public static async Task ApplyCommunitiesAsync(CirclesDb db, Partner partner, IEnumerable<Guid> chosen, CancellationToken cancellationToken)
    {
        var wanted = chosen.Distinct().ToList();
        var valid = await db.Communities.Where(c => wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        var existing = await db.PartnerCommunities.Where(l => l.PartnerId == partner.Id).ToListAsync(cancellationToken);
        db.PartnerCommunities.RemoveRange(existing.Where(l => !valid.Contains(l.CommunityId)));
        foreach (var id in valid.Where(id => existing.All(l => l.CommunityId != id)))
        {
            db.PartnerCommunities.Add(new PartnerCommunity { PartnerId = partner.Id, CommunityId = id });
        }
    }
}
