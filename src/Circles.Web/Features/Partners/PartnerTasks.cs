using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Partners;

/// <summary>
/// The campaign tasks a partner account sees on its home: those owned by the partners it is
/// linked to (<see cref="PartnerAccount"/>), and no other (SEC-19). An account linked to no
/// partner sees none.
/// </summary>
public sealed class PartnerTasks(CirclesDb db)
{
    public sealed record TaskRow(Guid Id, string Title, string Campaign, string Partner, DateOnly? DueOn, bool Done, Guid Version);

    public async Task<IReadOnlyList<TaskRow>> ForAccountAsync(Guid userId, CancellationToken cancellationToken)
    {
        var partners = db.PartnerAccounts.Where(a => a.UserId == userId).Select(a => a.PartnerId);
        return await db.CampaignTasks
            .Where(t => t.OwnerPartnerId != null && partners.Contains(t.OwnerPartnerId.Value))
            .OrderBy(t => t.DoneAt != null).ThenBy(t => t.DueOn).ThenBy(t => t.Title)
            .Select(t => new TaskRow(
                t.Id,
                t.Title,
                db.Campaigns.Where(c => c.Id == t.CampaignId).Select(c => c.Name).First(),
                db.Partners.Where(p => p.Id == t.OwnerPartnerId).Select(p => p.Name).First(),
                t.DueOn,
                t.DoneAt != null,
                t.Version))
            .ToListAsync(cancellationToken);
    }
}
