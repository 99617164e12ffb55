using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Notifications;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Peers;

/// <summary>
/// One peer supporter's supervision, for coordinators: plan check-ins, mark them held, keep the
/// wellbeing answer and a private note (encrypted, SEC-27), and set how often they happen.
/// Another organization's person, or someone without a profile, answers 404 (SEC-19).
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class SupporterModel(
    CirclesDb db,
    FieldProtector protector,
    SupervisionCheckIns checkIns,
    SupporterLoads loads,
    Notifier notifier,
    TimeProvider clock) : PageModel
{
    public PeerSupporterProfile Profile { get; private set; } = null!;
    public SupporterLoad? Load { get; private set; }
    public string UserName { get; private set; } = "";
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public IReadOnlyList<SupervisionCheckIns.CheckInView> CheckIns { get; private set; } = [];

    public ScheduleCheckInForm Schedule { get; private set; } = new();
    public SupervisionRhythmForm Rhythm { get; private set; } = new();

    /// <summary>The check-in whose form failed, with what was typed, so it is shown again as it was.</summary>
    public Guid? FailedCheckInId { get; private set; }
    public RecordCheckInForm? FailedRecord { get; private set; }
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var nextWeek = clock.GetUtcNow().UtcDateTime.AddDays(7);
        Schedule = new ScheduleCheckInForm { Date = DateOnly.FromDateTime(nextWeek), Time = new TimeOnly(10, 0) };
        Rhythm = new SupervisionRhythmForm { EveryWeeks = Profile.SupervisionEveryWeeks, Version = Profile.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid id, [FromForm(Name = "Schedule")] ScheduleCheckInForm schedule)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Schedule = schedule;
        Rhythm = new SupervisionRhythmForm { EveryWeeks = Profile.SupervisionEveryWeeks, Version = Profile.Version };
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var when = schedule.Date!.Value.ToDateTime(schedule.Time!.Value, DateTimeKind.Utc);
        db.SupervisionCheckIns.Add(new SupervisionCheckIn
        {
            PeerUserId = id,
            CoordinatorUserId = User.GetUserId()!.Value,
            ScheduledFor = when,
        });
        await notifier.NotifyAsync([id], NotificationKind.SupervisionScheduled, "/Peers/Supervision", null, HttpContext.RequestAborted);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await notifier.PushUnreadAsync([id], HttpContext.RequestAborted);
        return RedirectToPage("/Peers/Supporter", new { id });
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id, Guid checkInId, [FromForm(Name = "Record")] RecordCheckInForm record)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var checkIn = await db.SupervisionCheckIns.FirstOrDefaultAsync(c => c.Id == checkInId && c.PeerUserId == id, HttpContext.RequestAborted);
        if (checkIn is null)
        {
            return NotFound();
        }
        Rhythm = new SupervisionRhythmForm { EveryWeeks = Profile.SupervisionEveryWeeks, Version = Profile.Version };
        FailedCheckInId = checkInId;
        FailedRecord = record;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExpectVersion(checkIn, record.Version);
        if (record.Held && checkIn.HeldAt is null)
        {
            checkIn.HeldAt = clock.GetUtcNow().UtcDateTime;
        }
        checkIn.Wellbeing = record.Wellbeing;
        checkIn.ProtectedNote = protector.Protect(FieldPurposes.SupervisionNote, record.Note?.Trim());
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Peers/Supporter", new { id });
    }

    public async Task<IActionResult> OnPostRhythmAsync(Guid id, [FromForm(Name = "Rhythm")] SupervisionRhythmForm rhythm)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Rhythm = rhythm;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExpectVersion(Profile, rhythm.Version);
        Profile.SupervisionEveryWeeks = rhythm.EveryWeeks;
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Peers/Supporter", new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var profile = await db.PeerSupporterProfiles.FirstOrDefaultAsync(p => p.UserId == id, HttpContext.RequestAborted);
        if (profile is null)
        {
            return false;
        }
        Profile = profile;
        UserName = await db.Users.Where(u => u.Id == id).Select(u => u.UserName).FirstAsync(HttpContext.RequestAborted) ?? "";
        Languages = [.. profile.Languages.Order(StringComparer.Ordinal)];
        // Null when their role was removed: they keep the profile and its history but are not counted.
        Load = await loads.OneAsync(clock.GetUtcNow().UtcDateTime, id, HttpContext.RequestAborted);
        CheckIns = await checkIns.OfAsync(id, HttpContext.RequestAborted);
        return true;
    }
}
