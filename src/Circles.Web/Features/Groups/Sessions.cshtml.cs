using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Sessions;

/// <summary>A group's sessions, and scheduling one-off or weekly sessions in the group's time zone.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(
    CirclesDb db, IAuthorizationService authorization, GroupViewers viewers, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MaxWeeks = 26;

    public GroupViewer Viewer { get; private set; } = null!;
    public IReadOnlyList<SessionRow> Upcoming { get; private set; } = [];
    public IReadOnlyList<SessionRow> Past { get; private set; } = [];

    [BindProperty]
    public ScheduleForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var tomorrow = SessionTimes.ToLocal(clock.GetUtcNow().UtcDateTime, Viewer.Group.TimeZone).AddDays(1);
        Form.Date = DateOnly.FromDateTime(tomorrow);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id, new ManageGroup()))
        {
            return NotFound();
        }
        if (Form.Date is null)
        {
            ModelState.AddModelError("Form.Date", l["Choose a date."]);
        }
        if (Form.Time is null)
        {
            ModelState.AddModelError("Form.Time", l["Choose a time."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var timeZone = Viewer.Group.TimeZone;
        if (SessionTimes.ToUtc(Form.Date!.Value, Form.Time!.Value, timeZone) is null)
        {
            ModelState.AddModelError("Form.Time", l["That time does not exist on that day because the clocks change. Choose another time."]);
            return Page();
        }
        var starts = SessionTimes.Weekly(Form.Date.Value, Form.Time.Value, timeZone, Form.Weeks);
        if (starts[0] <= clock.GetUtcNow().UtcDateTime)
        {
            ModelState.AddModelError("Form.Date", l["Choose a time in the future."]);
            return Page();
        }
        var seriesId = Form.Weeks > 1 ? Guid.NewGuid() : (Guid?)null;
        foreach (var start in starts)
        {
            db.GroupSessions.Add(new GroupSession { GroupId = id, SeriesId = seriesId, StartsAt = start, DurationMinutes = Form.DurationMinutes });
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Groups/Sessions", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, GroupRequirement? requirement = null)
    {
        var viewer = await authorization.AuthorizedGroupViewerAsync(viewers, User, id, requirement ?? new BelongToGroup(), HttpContext.RequestAborted);
        if (viewer is null)
        {
            return false;
        }
        Viewer = viewer;
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = await db.GroupSessions.Where(s => s.GroupId == id)
            .OrderBy(s => s.StartsAt)
            .Select(s => new { s.Id, s.StartsAt, s.DurationMinutes, s.Status })
            .ToListAsync(HttpContext.RequestAborted);
        var rows = sessions.Select(s => new SessionRow(s.Id, SessionTimes.ToLocal(s.StartsAt, viewer.Group.TimeZone), s.DurationMinutes, s.Status, s.StartsAt)).ToList();
        Upcoming = [.. rows.Where(r => r.StartsAtUtc.AddMinutes(r.DurationMinutes) >= now && r.Status == SessionStatus.Scheduled)];
        Past = [.. rows.Where(r => !Upcoming.Contains(r)).OrderByDescending(r => r.StartsAtUtc).Take(20)];
        return true;
    }

    public sealed record SessionRow(Guid Id, DateTime LocalStart, int DurationMinutes, SessionStatus Status, DateTime StartsAtUtc);

    public sealed class ScheduleForm
    {
        [Display(Name = "Date")]
        public DateOnly? Date { get; set; }

        [Display(Name = "Start time")]
        public TimeOnly? Time { get; set; } = new(18, 0);

        [Range(15, 480, ErrorMessage = "Choose between 15 and 480 minutes.")]
        [Display(Name = "Length in minutes")]
        public int DurationMinutes { get; set; } = 90;

        [Range(1, MaxWeeks, ErrorMessage = "Choose between 1 and 26 weeks.")]
        [Display(Name = "Repeat every week, this many times")]
        public int Weeks { get; set; } = 1;
    }
}
