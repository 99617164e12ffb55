using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Home;

/// <summary>A facilitator's home: today's sessions, attendance still to take, open follow-ups, requests to join.</summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class FacilitatorModel(CirclesDb db, TimeProvider clock) : PageModel
{
    public string UserName { get; private set; } = "";
    public IReadOnlyList<SessionRow> Today { get; private set; } = [];
    public IReadOnlyList<SessionRow> AttendanceToTake { get; private set; } = [];
    public int OpenFollowUps { get; private set; }
    public int JoinRequests { get; private set; }

    public async Task OnGetAsync()
    {
        UserName = User.Identity?.Name ?? "";
        var userId = User.GetUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        var cancellationToken = HttpContext.RequestAborted;
        var myGroups = db.GroupFacilitators.Where(f => f.UserId == userId).Select(f => f.GroupId);

        // Sessions from yesterday to tomorrow in UTC cover "today" in every time zone; each is then
        // checked against its own group's local date.
        var around = await db.GroupSessions
            .Where(s => myGroups.Contains(s.GroupId) && s.StartsAt > now.AddDays(-8) && s.StartsAt < now.AddDays(2))
            .Join(db.SupportGroups, s => s.GroupId, g => g.Id, (s, g) => new { s.Id, s.StartsAt, s.DurationMinutes, s.Status, g.Name, g.TimeZone })
            .OrderBy(s => s.StartsAt)
            .ToListAsync(cancellationToken);
        var rows = around.Select(s => new SessionRow(s.Id, s.Name, SessionTimes.ToLocal(s.StartsAt, s.TimeZone), s.Status,
            DateOnly.FromDateTime(SessionTimes.ToLocal(now, s.TimeZone)), s.StartsAt)).ToList();
        Today = [.. rows.Where(r => DateOnly.FromDateTime(r.LocalStart) == r.LocalToday && r.Status != SessionStatus.Cancelled)];
        AttendanceToTake = [.. rows.Where(r => r.Status == SessionStatus.Scheduled && r.StartsAtUtc <= now)];

        OpenFollowUps = await db.FollowUpTasks
            .CountAsync(t => t.Outcome == null && myGroups.Contains(t.GroupId)
                && db.GroupMemberships.Any(m => m.GroupId == t.GroupId && m.UserId == t.MemberUserId && m.Status == MembershipStatus.Active), cancellationToken);
        JoinRequests = await db.GroupMemberships.CountAsync(m => myGroups.Contains(m.GroupId) && m.Status == MembershipStatus.Requested, cancellationToken);
    }

    public sealed record SessionRow(Guid Id, string GroupName, DateTime LocalStart, SessionStatus Status, DateOnly LocalToday, DateTime StartsAtUtc);
}
