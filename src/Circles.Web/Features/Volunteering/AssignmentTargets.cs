using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Volunteering;

/// <summary>What an assignment is to: the titles of groups, campaign events and campaign tasks, and the choices a coordinator has.</summary>
public static class AssignmentTargets
{
    public sealed record Target(AssignmentKind Kind, Guid Id, string Title)
    {
        /// <summary>The value of the form's choice: "Kind:id".</summary>
        public string Value => $"{Kind}:{Id}";
    }

    public static bool TryParse(string? value, out AssignmentKind kind, out Guid id)
    {
        kind = default;
        id = Guid.Empty;
        var parts = (value ?? "").Split(':', 2);
        return parts.Length == 2 && Enum.TryParse(parts[0], out kind) && Enum.IsDefined(kind) && Guid.TryParse(parts[1], out id);
    }

    /// <summary>Groups, campaign events not yet past, open campaign tasks: what a person can be assigned to.</summary>
    public static async Task<IReadOnlyList<Target>> ChoicesAsync(CirclesDb db, DateOnly today, CancellationToken cancellationToken)
    {
        var groups = await db.SupportGroups.OrderBy(g => g.Name).Select(g => new Target(AssignmentKind.Group, g.Id, g.Name)).ToListAsync(cancellationToken);
        var events = await db.CampaignEvents.Where(e => e.HeldOn >= today).OrderBy(e => e.HeldOn)
            .Select(e => new Target(AssignmentKind.CampaignEvent, e.Id, e.Title)).ToListAsync(cancellationToken);
        var tasks = await db.CampaignTasks.Where(t => t.DoneAt == null).OrderBy(t => t.Title)
            .Select(t => new Target(AssignmentKind.CampaignTask, t.Id, t.Title)).ToListAsync(cancellationToken);
        return [.. groups, .. events, .. tasks];
    }

    /// <summary>The title of each target, by id; a target that is gone is left out.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> TitlesAsync(CirclesDb db, IEnumerable<(AssignmentKind Kind, Guid Id)> targets, CancellationToken cancellationToken)
    {
        var list = targets.ToList();
        Guid[] groupIds = [.. list.Where(t => t.Kind == AssignmentKind.Group).Select(t => t.Id).Distinct()];
        Guid[] eventIds = [.. list.Where(t => t.Kind == AssignmentKind.CampaignEvent).Select(t => t.Id).Distinct()];
        Guid[] taskIds = [.. list.Where(t => t.Kind == AssignmentKind.CampaignTask).Select(t => t.Id).Distinct()];
        var titles = new Dictionary<Guid, string>();
        if (groupIds.Length > 0)
        {
            foreach (var g in await db.SupportGroups.Where(g => groupIds.Contains(g.Id)).Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken))
            {
                titles[g.Id] = g.Name;
            }
        }
        if (eventIds.Length > 0)
        {
            foreach (var e in await db.CampaignEvents.Where(e => eventIds.Contains(e.Id)).Select(e => new { e.Id, e.Title }).ToListAsync(cancellationToken))
            {
                titles[e.Id] = e.Title;
            }
        }
        if (taskIds.Length > 0)
        {
            foreach (var t in await db.CampaignTasks.Where(t => taskIds.Contains(t.Id)).Select(t => new { t.Id, t.Title }).ToListAsync(cancellationToken))
            {
                titles[t.Id] = t.Title;
            }
        }
        return titles;
    }
}
