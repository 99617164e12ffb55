using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Partners;

/// <summary>
/// The trusted leaders a coordinator typed into a community, one per line, become partner
/// records of kind community leader linked to that community (decision 0016). A leader of the
/// same name already among the organization's partners is linked, not duplicated. The text is
/// emptied in the same save, so running it again does nothing.
/// </summary>
public static class TrustedLeadersConversion
{
    public static async Task<int> RunAsync(CirclesDb db, DateTime now, CancellationToken cancellationToken)
    {
        // Start-up work across organizations: each row carries its own organization.
        var communities = await db.Communities.IgnoreQueryFilters()
            .Where(c => c.TrustedLeaders != "")
            .ToListAsync(cancellationToken);
        var created = 0;
        foreach (var community in communities)
        {
            var names = community.TrustedLeaders
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => name.Length > 200 ? name[..200] : name)
                .Distinct(StringComparer.OrdinalIgnoreCase);
            foreach (var name in names)
            {
                var partner = db.Partners.Local.FirstOrDefault(p => p.OrganizationId == community.OrganizationId && p.Name == name)
                    ?? await db.Partners.IgnoreQueryFilters()
                        .FirstOrDefaultAsync(p => p.OrganizationId == community.OrganizationId && p.Name == name, cancellationToken);
                if (partner is null)
                {
                    partner = new Partner { OrganizationId = community.OrganizationId, Name = name, Kind = PartnerKind.CommunityLeader, CreatedAt = now };
                    db.Partners.Add(partner);
                    created++;
                }
                var linked = db.PartnerCommunities.Local.Any(l => l.PartnerId == partner.Id && l.CommunityId == community.Id)
                    || await db.PartnerCommunities.IgnoreQueryFilters().AnyAsync(l => l.PartnerId == partner.Id && l.CommunityId == community.Id, cancellationToken);
                if (!linked)
                {
                    db.PartnerCommunities.Add(new PartnerCommunity { OrganizationId = community.OrganizationId, PartnerId = partner.Id, CommunityId = community.Id });
                }
            }
            community.TrustedLeaders = "";
        }
        if (communities.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return created;
    }
}
