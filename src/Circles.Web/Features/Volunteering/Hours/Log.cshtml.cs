using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Volunteering.Hours;

/// <summary>
/// A volunteer logs hours, or corrects hours not yet approved (returned ones go back to the queue).
/// Someone else's hours are not found (<see cref="OwnHours"/>); approved hours are refused, for
/// editing and deleting alike, whatever the form says.
/// </summary>
[Authorize(Policy = Policies.Volunteer)]
public sealed class LogModel(CirclesDb db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public HoursForm Form { get; set; } = new();

    public Guid? Id { get; private set; }
    public VolunteerHours? Entry { get; private set; }
    public IReadOnlyList<AssignmentView> Assignments { get; private set; } = [];
    public bool Conflict { get; private set; }

    /// <summary>Set when the hours are approved: shown instead of the form.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = Entry is { } e
            ? new HoursForm { WorkedOn = e.WorkedOn, Hours = VolunteeringDates.ShowHours(e.Hours).Replace(',', '.'), AssignmentId = e.AssignmentId, Note = e.Note, Version = e.Version }
            : new HoursForm { WorkedOn = clock.UtcToday() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Refusal is not null)
        {
            return Page();
        }
        ModelState.Clear();
        foreach (var (field, message) in Form.Problems(clock.UtcToday(), [.. Assignments.Select(a => a.Id)]))
        {
            ModelState.AddModelError(field, l[message]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = Entry;
        if (entry is null)
        {
            entry = new VolunteerHours { UserId = User.GetUserId()!.Value };
            db.VolunteerHours.Add(entry);
        }
        else
        {
            db.ExpectVersion(entry, Form.Version);
        }
        entry.WorkedOn = Form.WorkedOn!.Value;
        entry.Quarters = HoursForm.Quarters(Form.Hours)!.Value;
        entry.AssignmentId = Form.AssignmentId;
        entry.Note = (Form.Note ?? "").Trim();
        // Corrected hours wait for a coordinator again.
        entry.Status = HoursStatus.Submitted;
        entry.ReturnReason = null;
        entry.SubmittedAt = now;
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Volunteering/Hours/Mine", new { done = "logged" });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid? id)
    {
        if (id is null || !await LoadAsync(id))
        {
            return NotFound();
        }
        if (Refusal is not null)
        {
            return Page();
        }
        db.VolunteerHours.Remove(Entry!);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Volunteering/Hours/Mine", new { done = "deleted" });
    }

    private async Task<bool> LoadAsync(Guid? id)
    {
        var me = User.GetUserId()!.Value;
        if (id is { } hoursId)
        {
            var entry = await db.VolunteerHours.FirstOrDefaultAsync(h => h.Id == hoursId, HttpContext.RequestAborted);
            if (entry is null || !(await authorization.AuthorizeAsync(User, entry, new OwnHours())).Succeeded)
            {
                return false;
            }
            Entry = entry;
            Id = hoursId;
            if (entry.Status == HoursStatus.Approved)
            {
                Refusal = l["These hours are approved: nobody can change or delete them."];
            }
        }
        Assignments = await AssignmentView.LoadAsync(db, db.Assignments.Where(a => a.UserId == me), HttpContext.RequestAborted);
        return true;
    }
}
