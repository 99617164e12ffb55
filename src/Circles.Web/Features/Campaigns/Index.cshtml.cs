using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Campaigns;

/// <summary>The organization's awareness campaigns, current, upcoming and past, with their progress at a glance.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db, CampaignQueries queries) : PageModel
{
    public IReadOnlyList<CampaignRow> Campaigns { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var today = queries.Today;
        var campaigns = await db.Campaigns
            .OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.StartsOn,
                c.EndsOn,
                Overdue = db.CampaignTasks.Count(t => t.CampaignId == c.Id && t.DoneAt == null && t.DueOn < today),
            })
            .ToListAsync(cancellationToken);
        var ids = campaigns.Select(c => c.Id).ToList();
        var facts = await queries.FactsAsync(ids, cancellationToken);
        var goals = (await db.CampaignGoals.Where(g => ids.Contains(g.CampaignId))
            .Select(g => new { g.CampaignId, g.Id, g.Measure, g.Kind, g.Target, g.EnteredActual })
            .ToListAsync(cancellationToken))
            .ToLookup(g => g.CampaignId, g => CampaignProgress.Of(g.Id, g.Measure, g.Kind, g.Target, g.EnteredActual, facts[g.CampaignId]));
        Campaigns = [.. campaigns.Select(c => new CampaignRow(
            c.Id, c.Name, c.StartsOn, c.EndsOn,
            CampaignProgress.PhaseOn(today, c.StartsOn, c.EndsOn),
            CampaignProgress.PercentThrough(today, c.StartsOn, c.EndsOn),
            goals[c.Id].Count(g => g.Reached), goals[c.Id].Count(), c.Overdue))];
    }

    public sealed record CampaignRow(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, CampaignPhase Phase, int PercentThrough, int GoalsReached, int Goals, int OverdueTasks);
}
