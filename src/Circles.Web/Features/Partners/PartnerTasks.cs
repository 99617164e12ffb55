using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Partners;

/// <summary>
/// The campaign tasks a partner account sees on its home: those owned by the partners it is
/// linked to (<see cref="PartnerAccount"/>), and no other (SEC-45). An account linked to no
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
            .Join(db.Campaigns, t => t.CampaignId, c => c.Id, (t, c) => new { t, Campaign = c.Name })
            .Join(db.Partners, x => x.t.OwnerPartnerId, p => p.Id, (x, p) => new TaskRow(
                x.t.Id, x.t.Title, x.Campaign, p.Name, x.t.DueOn, x.t.DoneAt != null, x.t.Version))
            .OrderBy(t => t.Done).ThenBy(t => t.DueOn).ThenBy(t => t.Title)
            .ToListAsync(cancellationToken);
    }
}
