using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Moderation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Home;

[Authorize(Policy = Policies.Coordinator)]
public sealed class CoordinatorModel(
    CirclesDb db, ModerationQueue moderation, Peers.SupporterLoads supporterLoads, Directory.VerificationDue verificationDue, TimeProvider clock) : PageModel
{
    public string OrganizationName { get; private set; } = "";
    public int People { get; private set; }
    public int OpenInvitations { get; private set; }
    public int StaffWithoutTwoFactor { get; private set; }
    public int WaitingForCheck { get; private set; }
    public int ServicesToCheck { get; private set; }
    public IReadOnlyList<GroupAttendance> Attendance { get; private set; } = [];
    public int NeedAlertDays { get; private set; }
    public int NeedsWaitingLong { get; private set; }
    public int PeerSupportersOverloaded { get; private set; }

    /// <summary>Groups by community with attendance over the last 12 weeks: held sessions, people present, walk-ins.</summary>
    public sealed record GroupAttendance(string Community, Guid GroupId, string Group, int HeldSessions, int Present, int WalkIns)
    {
        public double PerSession => HeldSessions == 0 ? 0 : Math.Round((double)(Present + WalkIns) / HeldSessions, 1);
    }

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var organization = await db.Organizations.Select(o => new { o.Name, o.NeedWaitingAlertDays }).FirstAsync(HttpContext.RequestAborted);
        OrganizationName = organization.Name;
        People = await db.Users.CountAsync(HttpContext.RequestAborted);
        OpenInvitations = await db.Invitations
            .CountAsync(i => i.RedeemedAt == null && i.RevokedAt == null && i.ExpiresAt > now, HttpContext.RequestAborted);
        string[] staffRoles = [.. Roles.Staff];
        var staffRoleIds = db.Roles.Where(r => staffRoles.Contains(r.Name!)).Select(r => r.Id);
        StaffWithoutTwoFactor = await db.Users
            .Where(u => !u.TwoFactorEnabled && db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoleIds.Contains(ur.RoleId)))
            .CountAsync(HttpContext.RequestAborted);
        WaitingForCheck = await moderation.WaitingCountAsync(HttpContext.RequestAborted);
        // Needs nobody has looked at for longer than the organization's alert time.
        NeedAlertDays = organization.NeedWaitingAlertDays;
        var waitingSince = now.AddDays(-NeedAlertDays);
        NeedsWaitingLong = await db.Needs
            .CountAsync(n => n.Status == Needs.NeedStatus.Waiting && n.CreatedAt < waitingSince, HttpContext.RequestAborted);

        PeerSupportersOverloaded = await supporterLoads.OverloadedCountAsync(now, HttpContext.RequestAborted);

        ServicesToCheck = (await verificationDue.ListAsync(now, HttpContext.RequestAborted)).Count;

        var since = now.AddDays(-7 * 12);
        // Three flat queries, combined here: groups, held sessions in the window, people present per session.
        var groups = await db.SupportGroups
            .Join(db.Communities, g => g.CommunityId, c => c.Id, (g, c) => new { g.Id, g.Name, Community = c.Name })
            .ToListAsync(HttpContext.RequestAborted);
        var held = await db.GroupSessions
            .Where(s => s.Status == Sessions.SessionStatus.Held && s.StartsAt >= since)
            .Select(s => new { s.Id, s.GroupId, s.WalkInGuests })
            .ToListAsync(HttpContext.RequestAborted);
        var heldIds = held.Select(s => s.Id).ToList();
        var present = await db.Attendances
            .Where(a => a.Status == Sessions.AttendanceStatus.Present && heldIds.Contains(a.SessionId))
            .GroupBy(a => a.SessionId)
            .Select(g => new { SessionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.SessionId, x => x.Count, HttpContext.RequestAborted);
        Attendance = [.. groups
            .Select(g =>
            {
                var sessions = held.Where(s => s.GroupId == g.Id).ToList();
                return new GroupAttendance(g.Community, g.Id, g.Name, sessions.Count,
                    sessions.Sum(s => present.GetValueOrDefault(s.Id)), sessions.Sum(s => s.WalkInGuests));
            })
            .OrderBy(a => a.Community, StringComparer.CurrentCulture).ThenBy(a => a.Group, StringComparer.CurrentCulture)];
    }
}
