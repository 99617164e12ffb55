using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Me;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.FollowUps;

/// <summary>
/// Open follow-ups for the groups this facilitator runs (all groups for coordinators): who has
/// drifted away, how they are happy to be contacted, a warm message to start from, and the outcome.
/// </summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class IndexModel(CirclesDb db, FieldProtector protector, Memberships memberships, TimeProvider clock) : PageModel
{
    public IReadOnlyList<TaskRow> Tasks { get; private set; } = [];

    public async Task OnGetAsync() => Tasks = await OpenTasksAsync(null);

    public async Task<IActionResult> OnPostOutcomeAsync(Guid taskId, FollowUpOutcome outcome)
    {
        var visible = await OpenTasksAsync(taskId);
        if (visible.Count == 0)
        {
            return NotFound();
        }
        var task = await db.FollowUpTasks.FirstAsync(t => t.Id == taskId, HttpContext.RequestAborted);
        task.Outcome = outcome;
        task.ClosedAt = clock.GetUtcNow().UtcDateTime;
        task.ClosedByUserId = User.GetUserId();
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        if (outcome == FollowUpOutcome.PausedByChoice)
        {
            // Their choice is respected everywhere: paused members are not followed up again.
            var group = await db.SupportGroups.FirstAsync(g => g.Id == task.GroupId, HttpContext.RequestAborted);
            var membership = await db.GroupMemberships.FirstAsync(m => m.GroupId == task.GroupId && m.UserId == task.MemberUserId, HttpContext.RequestAborted);
            await memberships.ChangeAsync(group, membership, MembershipStatus.Paused, User.GetUserId()!.Value, HttpContext.RequestAborted);
        }
        return RedirectToPage("/FollowUps/Index");
    }

    /// <summary>Open tasks about members who are still active, in groups this person may manage.</summary>
    private async Task<IReadOnlyList<TaskRow>> OpenTasksAsync(Guid? onlyTask)
    {
        var userId = User.GetUserId();
        var all = User.IsInRole(Roles.Coordinator);
        var rows = await db.FollowUpTasks
            .Where(t => t.Outcome == null && (onlyTask == null || t.Id == onlyTask))
            .Where(t => all || db.GroupFacilitators.Any(f => f.GroupId == t.GroupId && f.UserId == userId))
            .Where(t => db.GroupMemberships.Any(m => m.GroupId == t.GroupId && m.UserId == t.MemberUserId && m.Status == MembershipStatus.Active))
            .Join(db.SupportGroups, t => t.GroupId, g => g.Id, (t, g) => new { t, GroupName = g.Name })
            .Join(db.Users, x => x.t.MemberUserId, u => u.Id, (x, u) => new { x.t, x.GroupName, Member = u.UserName })
            .OrderBy(x => x.t.CreatedAt)
            .ToListAsync(HttpContext.RequestAborted);
        var memberIds = rows.Select(r => r.t.MemberUserId).ToList();
        var preferences = await db.ContactPreferences.Where(p => memberIds.Contains(p.UserId)).ToListAsync(HttpContext.RequestAborted);
        return [.. rows.Select(r => new TaskRow(
            r.t.Id, r.GroupName, r.Member!, r.t.MissedSessions, r.t.CreatedAt,
            ContactPreferenceView.From(preferences.FirstOrDefault(p => p.UserId == r.t.MemberUserId), protector)))];
    }

    public sealed record TaskRow(Guid Id, string GroupName, string Member, int MissedSessions, DateTime CreatedAt, ContactPreferenceView Contact);
}
