using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Campaigns;

/// <summary>
/// Loads the counts <see cref="CampaignProgress"/> needs, for one campaign or many at once (four
/// grouped queries whatever the number of campaigns), and the tasks due soon for the coordinator's home.
/// </summary>
public sealed class CampaignQueries(CirclesDb db, TimeProvider clock)
{
    public DateOnly Today => clock.UtcToday();

    public async Task<IReadOnlyDictionary<Guid, CampaignFacts>> FactsAsync(IReadOnlyCollection<Guid> campaignIds, CancellationToken cancellationToken)
    {
        var today = Today;
        var reach = await db.CampaignReachFigures.Where(r => campaignIds.Contains(r.CampaignId))
            .GroupBy(r => r.CampaignId).Select(g => new { g.Key, Sum = g.Sum(r => r.Count) })
            .ToDictionaryAsync(x => x.Key, x => x.Sum, cancellationToken);
        var events = await db.CampaignEvents.Where(e => campaignIds.Contains(e.CampaignId) && e.HeldOn <= today)
            .GroupBy(e => e.CampaignId).Select(g => new { g.Key, Held = g.Count(), Attendance = g.Sum(e => e.Attendance ?? 0) })
            .ToDictionaryAsync(x => x.Key, cancellationToken);
        var tasksDone = await db.CampaignTasks.Where(t => campaignIds.Contains(t.CampaignId) && t.DoneAt != null)
            .GroupBy(t => t.CampaignId).Select(g => new { g.Key, Done = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Done, cancellationToken);
        return campaignIds.ToDictionary(id => id, id => new CampaignFacts(
            reach.GetValueOrDefault(id),
            events.TryGetValue(id, out var e) ? e.Attendance : 0,
            events.TryGetValue(id, out var h) ? h.Held : 0,
            tasksDone.GetValueOrDefault(id)));
    }

    /// <summary>Open campaign tasks due in the next 7 days or overdue, soonest first.</summary>
    public async Task<IReadOnlyList<DueTask>> TasksDueAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var until = today.AddDays(7);
        var rows = await db.CampaignTasks
            .Where(t => t.DoneAt == null && t.DueOn != null && t.DueOn <= until)
            .OrderBy(t => t.DueOn).ThenBy(t => t.Title)
            .Select(t => new
            {
                t.Id,
                t.CampaignId,
                t.Title,
                Campaign = db.Campaigns.Where(c => c.Id == t.CampaignId).Select(c => c.Name).FirstOrDefault(),
                t.DueOn,
                UserName = db.Users.Where(u => u.Id == t.OwnerUserId).Select(u => u.UserName).FirstOrDefault(),
                PartnerName = db.Partners.Where(p => p.Id == t.OwnerPartnerId).Select(p => p.Name).FirstOrDefault(),
            })
            .Take(50)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DueTask(r.Id, r.CampaignId, r.Title, r.Campaign ?? "", r.UserName ?? r.PartnerName ?? "", r.DueOn!.Value,
            CampaignProgress.IsOverdue(r.DueOn, null, today)))];
    }

    public sealed record DueTask(Guid Id, Guid CampaignId, string Title, string Campaign, string Owner, DateOnly DueOn, bool Overdue);
}
