using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Campaigns;

/// <summary>
/// A campaign's progress: how far through its dates, each goal against its target, its tasks,
/// events and reach over time, its partners and communities; and the forms that add to them.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class DetailsModel(CirclesDb db, CampaignQueries queries, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The <c>?done=</c> values the page confirms, each an English text (CampaignDone: keys).</summary>
    public static readonly IReadOnlyList<string> DoneMessages = ["saved", "goal", "task", "event", "reach", "task-done", "task-reopened", "deleted"];

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public DateOnly Today { get; private set; }
    public CampaignPhase Phase { get; private set; }
    public int PercentThrough { get; private set; }
    public string? Done { get; private set; }
    public bool Conflict { get; private set; }

    public IReadOnlyList<GoalProgress> Goals { get; private set; } = [];
    public IReadOnlyList<TaskRow> Tasks { get; private set; } = [];
    public IReadOnlyList<EventRow> Events { get; private set; } = [];
    public IReadOnlyList<ReachPoint> Reach { get; private set; } = [];
    public IReadOnlyList<ReachRow> ReachFigures { get; private set; } = [];
    public IReadOnlyList<(string Name, string Role)> Partners { get; private set; } = [];
    public IReadOnlyList<string> Communities { get; private set; } = [];
    public CampaignChoices Choices { get; private set; } = null!;

    public GoalForm NewGoal { get; set; } = new();
    public TaskForm NewTask { get; set; } = new();
    public EventForm NewEvent { get; set; } = new();
    public ReachForm NewReach { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, string? done)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Done = DoneMessages.Contains(done) ? done : null;
        NewReach.RecordedOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAddGoalAsync(Guid id, [Bind(Prefix = "NewGoal")] GoalForm goal)
    {
        NewGoal = goal;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var row = new CampaignGoal { CampaignId = id, Measure = goal.Measure };
        goal.ApplyTo(row);
        db.CampaignGoals.Add(row);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { id, done = "goal" });
    }

    public async Task<IActionResult> OnPostAddTaskAsync(Guid id, [Bind(Prefix = "NewTask")] TaskForm task)
    {
        NewTask = task;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var row = new CampaignTask { CampaignId = id, Title = task.Title };
        if (!task.TryApplyTo(row, Choices, ModelState, "NewTask", l))
        {
            return Page();
        }
        db.CampaignTasks.Add(row);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { id, done = "task" });
    }

    public async Task<IActionResult> OnPostAddEventAsync(Guid id, [Bind(Prefix = "NewEvent")] EventForm campaignEvent)
    {
        NewEvent = campaignEvent;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var row = new CampaignEvent { CampaignId = id, Title = campaignEvent.Title };
        if (!campaignEvent.TryApplyTo(row, Choices, Today, ModelState, "NewEvent", l))
        {
            return Page();
        }
        db.CampaignEvents.Add(row);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { id, done = "event" });
    }

    public async Task<IActionResult> OnPostAddReachAsync(Guid id, [Bind(Prefix = "NewReach")] ReachForm reach)
    {
        NewReach = reach;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        reach.Validate(Today, ModelState, "NewReach", l);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.CampaignReachFigures.Add(new CampaignReach
        {
            CampaignId = id,
            RecordedOn = reach.RecordedOn!.Value,
            Channel = reach.Channel,
            Count = reach.Count!.Value,
            Note = (reach.Note ?? "").Trim(),
            CreatedByUserId = User.GetUserId(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { id, done = "reach" });
    }

    public async Task<IActionResult> OnPostDeleteReachAsync(Guid id, Guid reachId)
    {
        var figure = await db.CampaignReachFigures.FirstOrDefaultAsync(r => r.Id == reachId && r.CampaignId == id, HttpContext.RequestAborted);
        if (figure is null)
        {
            return NotFound();
        }
        db.CampaignReachFigures.Remove(figure);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { id, done = "deleted" });
    }

    /// <summary>Marks a task done (who and when) or open again; the version seen guards against a concurrent change.</summary>
    public async Task<IActionResult> OnPostMarkAsync(Guid id, Guid taskId, Guid version, bool done)
    {
        var task = await db.CampaignTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.CampaignId == id, HttpContext.RequestAborted);
        if (task is null)
        {
            return NotFound();
        }
        db.ExpectVersion(task, version);
        task.DoneAt = done ? clock.GetUtcNow().UtcDateTime : null;
        task.DoneByUserId = done ? User.GetUserId() : null;
        db.Touch(task);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id);
            Conflict = true;
            return Page();
        }
        return RedirectToPage(new { id, done = done ? "task-done" : "task-reopened" });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return false;
        }
        Id = id;
        Name = campaign.Name;
        Summary = campaign.Summary;
        StartsOn = campaign.StartsOn;
        EndsOn = campaign.EndsOn;
        Today = queries.Today;
        Phase = CampaignProgress.PhaseOn(Today, StartsOn, EndsOn);
        PercentThrough = CampaignProgress.PercentThrough(Today, StartsOn, EndsOn);
        Choices = await CampaignChoices.LoadAsync(db, cancellationToken);

        var facts = (await queries.FactsAsync([id], cancellationToken))[id];
        Goals = [.. (await db.CampaignGoals.Where(g => g.CampaignId == id).OrderBy(g => g.Measure)
                .Select(g => new { g.Id, g.Measure, g.Kind, g.Target, g.EnteredActual }).ToListAsync(cancellationToken))
            .Select(g => CampaignProgress.Of(g.Id, g.Measure, g.Kind, g.Target, g.EnteredActual, facts))];

        var tasks = await db.CampaignTasks.Where(t => t.CampaignId == id)
            .OrderBy(t => t.DoneAt != null).ThenBy(t => t.DueOn).ThenBy(t => t.Title)
            .Select(t => new
            {
                t.Id,
                t.Title,
                t.DueOn,
                t.DoneAt,
                t.Version,
                IsPartner = t.OwnerPartnerId != null,
                UserName = db.Users.Where(u => u.Id == t.OwnerUserId).Select(u => u.UserName).FirstOrDefault(),
                PartnerName = db.Partners.Where(p => p.Id == t.OwnerPartnerId).Select(p => p.Name).FirstOrDefault(),
                DoneBy = db.Users.Where(u => u.Id == t.DoneByUserId).Select(u => u.UserName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        Tasks = [.. tasks.Select(t => new TaskRow(t.Id, t.Title, t.UserName ?? t.PartnerName ?? "", t.IsPartner, t.DueOn, t.DoneAt, t.DoneBy,
            CampaignProgress.IsOverdue(t.DueOn, t.DoneAt, Today), t.Version))];

        Events = await db.CampaignEvents.Where(e => e.CampaignId == id)
            .OrderBy(e => e.HeldOn).ThenBy(e => e.Title)
            .Select(e => new EventRow(e.Id, e.Title, e.HeldOn, e.Place,
                db.Communities.Where(c => c.Id == e.CommunityId).Select(c => c.Name).FirstOrDefault(), e.Attendance))
            .ToListAsync(cancellationToken);

        ReachFigures = await db.CampaignReachFigures.Where(r => r.CampaignId == id)
            .OrderBy(r => r.RecordedOn).ThenBy(r => r.CreatedAt)
            .Select(r => new ReachRow(r.Id, r.RecordedOn, r.Channel, r.Count, r.Note))
            .ToListAsync(cancellationToken);
        Reach = CampaignProgress.RunningTotals(ReachFigures.Select(r => (r.RecordedOn, r.Count)));

        Partners = [.. (await db.CampaignPartners.Where(p => p.CampaignId == id)
                .Join(db.Partners, cp => cp.PartnerId, p => p.Id, (cp, p) => new { p.Name, cp.Role })
                .OrderBy(p => p.Name).ToListAsync(cancellationToken))
            .Select(p => (p.Name, p.Role))];
        Communities = await db.CampaignCommunities.Where(c => c.CampaignId == id)
            .Join(db.Communities, cc => cc.CommunityId, c => c.Id, (cc, c) => c.Name)
            .OrderBy(n => n).ToListAsync(cancellationToken);
        return true;
    }

    public sealed record TaskRow(Guid Id, string Title, string Owner, bool OwnedByPartner, DateOnly? DueOn, DateTime? DoneAt, string? DoneBy, bool Overdue, Guid Version);

    public sealed record EventRow(Guid Id, string Title, DateOnly HeldOn, string Place, string? Community, int? Attendance);

    public sealed record ReachRow(Guid Id, DateOnly RecordedOn, ReachChannel Channel, int Count, string Note);
}
