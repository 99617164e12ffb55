using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.GroundRules;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Icebreakers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Sessions;

/// <summary>
/// The facilitator's view during a session, made for a phone: the ground rules first, the
/// agenda, the icebreaker, attendance in one tap per person, walk-ins, notes, and "held".
/// Every action is a plain form, so it works without JavaScript.
/// </summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class RunModel(CirclesDb db, IAuthorizationService authorization, GroupViewers viewers, SessionClosing closing, CurrentGroundRules currentRules, TimeProvider clock) : PageModel
{
    public SessionViewer Viewer { get; private set; } = null!;
    public GroundRulesVersion? Rules { get; private set; }
    public IReadOnlyList<AgendaItem> Agenda { get; private set; } = [];
    public Icebreaker? Icebreaker { get; private set; }
    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    [BindProperty]
    [Range(0, 500, ErrorMessage = "Choose between 0 and 500.")]
    [Display(Name = "Walk-in guests (not named)")]
    public int WalkInGuests { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "Use at most 1000 characters.")]
    [Display(Name = "Notes for facilitators")]
    public string? Notes { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        WalkInGuests = Viewer.Session.WalkInGuests;
        Notes = Viewer.Session.Notes;
        return Page();
    }

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, Guid userId, AttendanceStatus status, AbsenceReason? reason)
    {
        if (!await LoadAsync(id) || Viewer.Session.Status == SessionStatus.Cancelled)
        {
            return NotFound();
        }
        if (People.All(p => p.UserId != userId))
        {
            return BadRequest();
        }
        var record = await db.Attendances.FirstOrDefaultAsync(a => a.SessionId == id && a.UserId == userId, HttpContext.RequestAborted);
        if (record is null)
        {
            record = new Attendance { SessionId = id, UserId = userId };
            db.Attendances.Add(record);
        }
        record.Status = status;
        record.Reason = status == AttendanceStatus.Present ? null : reason;
        record.RecordedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Sessions/Run", null, new { id }, $"person-{userId}");
    }

    public async Task<IActionResult> OnPostDetailsAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var session = await db.GroupSessions.FirstAsync(s => s.Id == id, HttpContext.RequestAborted);
        session.WalkInGuests = WalkInGuests;
        session.Notes = (Notes ?? "").Trim();
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Sessions/Run", null, new { id }, "details");
    }

    public async Task<IActionResult> OnPostHeldAsync(Guid id)
    {
        if (!await LoadAsync(id) || Viewer.Session.Status != SessionStatus.Scheduled)
        {
            return NotFound();
        }
        var session = await db.GroupSessions.FirstAsync(s => s.Id == id, HttpContext.RequestAborted);
        await closing.MarkHeldAsync(session, Viewer.Group.Group, HttpContext.RequestAborted);
        return RedirectToPage("/Sessions/Run", new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var session = await db.GroupSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null || !(await authorization.AuthorizeAsync(User, session, new ManageSession())).Succeeded)
        {
            return false;
        }
        var viewer = new SessionViewer(session, (await viewers.OfAsync(User, session.GroupId, cancellationToken))!);
        Viewer = viewer;
        var groupId = viewer.Session.GroupId;
        Rules = await currentRules.ForGroupAsync(groupId, cancellationToken);
        Agenda = await db.AgendaItems.Where(a => a.SessionId == id).OrderBy(a => a.Position).ToListAsync(cancellationToken);
        Icebreaker = viewer.Session.IcebreakerId is { } icebreakerId
            ? await db.Icebreakers.FirstOrDefaultAsync(i => i.Id == icebreakerId, cancellationToken)
            : null;
        // Active members, plus anyone already recorded (who may have paused since).
        var recorded = db.Attendances.Where(a => a.SessionId == id);
        People = await db.GroupMemberships
            .Where(m => m.GroupId == groupId && (m.Status == MembershipStatus.Active || recorded.Any(a => a.UserId == m.UserId)))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, u.UserName })
            .GroupJoin(recorded, p => p.UserId, a => a.UserId, (p, a) => new { p, a })
            .SelectMany(x => x.a.DefaultIfEmpty(), (x, a) => new { x.p.UserId, x.p.UserName, Status = a == null ? (AttendanceStatus?)null : a.Status, Reason = a == null ? null : a.Reason })
            .OrderBy(p => p.UserName)
            .Select(p => new PersonRow(p.UserId, p.UserName!, p.Status, p.Reason))
            .ToListAsync(cancellationToken);
        return true;
    }

    public sealed record PersonRow(Guid UserId, string Name, AttendanceStatus? Status, AbsenceReason? Reason);
}
