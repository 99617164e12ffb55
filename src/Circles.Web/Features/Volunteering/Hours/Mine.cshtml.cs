using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Volunteering.Hours;

/// <summary>The volunteer's own hours, newest first, with their status and a coordinator's reason for returning them.</summary>
[Authorize(Policy = Policies.Volunteer)]
public sealed class MineModel(CirclesDb db) : PageModel
{
    public sealed record Entry(Guid Id, DateOnly WorkedOn, decimal Hours, string? Assignment, AssignmentKind? Kind, string Note, HoursStatus Status, string? ReturnReason);

    public IReadOnlyList<Entry> Entries { get; private set; } = [];
    public decimal Approved { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task OnGetAsync()
    {
        var me = User.GetUserId()!.Value;
        var rows = await db.VolunteerHours.Where(h => h.UserId == me)
            .OrderByDescending(h => h.WorkedOn).ThenByDescending(h => h.SubmittedAt)
            .Select(h => new { h.Id, h.WorkedOn, h.Quarters, h.AssignmentId, h.Note, h.Status, h.ReturnReason })
            .ToListAsync(HttpContext.RequestAborted);
        var assignments = (await AssignmentView.LoadAsync(db, db.Assignments.Where(a => a.UserId == me), HttpContext.RequestAborted)).ToDictionary(a => a.Id);
        Entries = [.. rows.Select(r =>
        {
            var a = r.AssignmentId is { } id ? assignments.GetValueOrDefault(id) : null;
            return new Entry(r.Id, r.WorkedOn, r.Quarters / 4m, a?.Title, a?.Kind, r.Note, r.Status, r.ReturnReason);
        })];
        Approved = Entries.Where(e => e.Status == HoursStatus.Approved).Sum(e => e.Hours);
    }
}
