using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Volunteering.Hours;

/// <summary>
/// Coordinators approve or return the hours volunteers logged (who and when is kept, and
/// audited), and download approved hours per period as CSV. Only hours still waiting can be
/// approved or returned: approved hours are final.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Waiting(Guid Id, Guid Version, string Name, DateOnly WorkedOn, decimal Hours, string Assignment, string Note);

    public sealed class ExportForm
    {
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
    }

    [BindProperty]
    public ExportForm Export { get; set; } = new();

    public IReadOnlyList<Waiting> Queue { get; private set; } = [];

    /// <summary>A refusal or conflict to show above the queue.</summary>
    public string? Problem { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task OnGetAsync()
    {
        var today = clock.UtcToday();
        Export.From = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        Export.To = Export.From.Value.AddMonths(1).AddDays(-1);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid hoursId, Guid version) => await ReviewAsync(hoursId, version, approve: true, reason: null);

    public async Task<IActionResult> OnPostReturnAsync(Guid hoursId, Guid version, string? reason) => await ReviewAsync(hoursId, version, approve: false, reason);

    /// <summary>Approved hours per volunteer and assignment in a period: personal data in bulk, so after a fresh confirmation (SEC-17).</summary>
    [RequiresRecentConfirmation]
    public async Task<IActionResult> OnPostExportAsync()
    {
        ModelState.Clear();
        if (Export.From is not { } from || Export.To is not { } to)
        {
            ModelState.AddModelError("Export.From", l["Give both dates of the period."]);
        }
        else if (to < from)
        {
            ModelState.AddModelError("Export.To", l["The end date cannot be before the start date."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var (start, end) = (Export.From!.Value, Export.To!.Value);
        var sums = await db.VolunteerHours
            .Where(h => h.Status == HoursStatus.Approved && h.WorkedOn >= start && h.WorkedOn <= end)
            .GroupBy(h => new { h.UserId, h.AssignmentId })
            .Select(g => new { g.Key.UserId, g.Key.AssignmentId, Quarters = g.Sum(h => h.Quarters) })
            .ToListAsync(HttpContext.RequestAborted);
        Guid[] userIds = [.. sums.Select(s => s.UserId).Distinct()];
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", HttpContext.RequestAborted);
        var assignments = await AssignmentLabelsAsync(sums.Where(s => s.AssignmentId != null).Select(s => s.AssignmentId!.Value));
        var lines = sums
            .Select(s => new HoursCsv.Line(names.GetValueOrDefault(s.UserId, ""),
                s.AssignmentId is { } a ? assignments.GetValueOrDefault(a, l["Other"].Value) : l["Other"].Value, s.Quarters / 4m))
            .OrderBy(x => x.Name, StringComparer.CurrentCulture).ThenBy(x => x.Assignment, StringComparer.CurrentCulture)
            .ToList();
        audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.HoursExported, $"{start:yyyy-MM-dd}..{end:yyyy-MM-dd}");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        var file = HoursCsv.Write([l["Name"], l["Assignment"], l["Approved hours"]], lines);
        return File(file, "text/csv; charset=utf-8", $"hours-{start:yyyy-MM-dd}-{end:yyyy-MM-dd}.csv");
    }

    private async Task<IActionResult> ReviewAsync(Guid hoursId, Guid version, bool approve, string? reason)
    {
        var entry = await db.VolunteerHours.FirstOrDefaultAsync(h => h.Id == hoursId, HttpContext.RequestAborted);
        if (entry is null)
        {
            return NotFound();
        }
        reason = reason?.Trim();
        if (entry.Status != HoursStatus.Submitted)
        {
            Problem = l["These hours were already reviewed; nothing was changed."];
        }
        else if (!approve && string.IsNullOrEmpty(reason))
        {
            Problem = l["Say why you return these hours, so they can correct them."];
        }
        else if (!approve && reason!.Length > 500)
        {
            Problem = l["Use at most 500 characters."];
        }
        if (Problem is not null)
        {
            await LoadAsync();
            return Page();
        }
        var me = User.GetUserId()!.Value;
        db.ExpectVersion(entry, version);
        entry.Status = approve ? HoursStatus.Approved : HoursStatus.Returned;
        entry.ReturnReason = approve ? null : reason;
        entry.ReviewedByUserId = me;
        entry.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(db.CurrentOrganizationId, me, approve ? AuditActions.HoursApproved : AuditActions.HoursReturned, entry.Id.ToString());
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Problem = l["The volunteer changed these hours in the meantime; look at them again."];
            db.ChangeTracker.Clear();
            await LoadAsync();
            return Page();
        }
        return RedirectToPage(new { done = approve ? "approved" : "returned" });
    }

    private async Task LoadAsync()
    {
        var rows = await db.VolunteerHours
            .Where(h => h.Status == HoursStatus.Submitted)
            .OrderBy(h => h.SubmittedAt)
            .Join(db.Users, h => h.UserId, u => u.Id, (h, u) => new { h.Id, h.Version, u.UserName, h.WorkedOn, h.Quarters, h.AssignmentId, h.Note })
            .ToListAsync(HttpContext.RequestAborted);
        var labels = await AssignmentLabelsAsync(rows.Where(r => r.AssignmentId != null).Select(r => r.AssignmentId!.Value));
        Queue = [.. rows.Select(r => new Waiting(r.Id, r.Version, r.UserName ?? "", r.WorkedOn, r.Quarters / 4m,
            r.AssignmentId is { } a ? labels.GetValueOrDefault(a, l["Other"].Value) : l["Other"].Value, r.Note))];
    }

    private async Task<IReadOnlyDictionary<Guid, string>> AssignmentLabelsAsync(IEnumerable<Guid> assignmentIds)
    {
        Guid[] ids = [.. assignmentIds.Distinct()];
        if (ids.Length == 0)
        {
            return new Dictionary<Guid, string>();
        }
        var views = await AssignmentView.LoadAsync(db, db.Assignments.Where(a => ids.Contains(a.Id)), HttpContext.RequestAborted);
        return views.ToDictionary(v => v.Id, v => $"{l["AssignmentKind:" + v.Kind]}: {v.Title}");
    }
}
