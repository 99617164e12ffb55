using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.People;

/// <summary>
/// The first of two coordinators asks to turn off two-step sign-in for someone who lost their
/// phone and their recovery codes (decision 0014, SEC-15). It only makes a request: a different
/// coordinator approves it on <see cref="TwoStepResetsModel"/>. Nobody asks it for themselves.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class TwoStepResetModel(
    CirclesDb db,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public CirclesUser Person { get; private set; } = null!;

    /// <summary>Why no request can be made now; the form is not shown then.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Problem is not null || !ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var coordinatorId = User.GetUserId()!.Value;
        db.TwoStepResetRequests.Add(new TwoStepResetRequest
        {
            OrganizationId = Person.OrganizationId,
            UserId = Person.Id,
            RequestedByUserId = coordinatorId,
            RequestedAt = now,
            ExpiresAt = now.Add(TwoStepResetRequest.Lifetime),
            Reason = Form.Reason.Trim(),
        });
        audit.Record(Person.OrganizationId, coordinatorId, AuditActions.TwoStepResetRequested, Person.Id.ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/People/Details", new { id, done = "two-step-requested" });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var person = await db.Users.FirstOrDefaultAsync(u => u.Id == id, HttpContext.RequestAborted);
        if (person is null)
        {
            return false;
        }
        Person = person;
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.TwoStepResetRequests.AnyAsync(
            r => r.UserId == id && r.ApprovedAt == null && r.CancelledAt == null && r.ExpiresAt > now, HttpContext.RequestAborted);
        Problem = person.Id == User.GetUserId() ? l["You cannot ask this for yourself. Ask another coordinator."].Value
            : person.IsClosed ? l["This account is closed."].Value
            : !person.TwoFactorEnabled ? l["Two-step sign-in is already off for this person."].Value
            : pending ? l["A request is already waiting for another coordinator."].Value
            : null;
        return true;
    }

    public sealed class RequestForm
    {
        [Required(ErrorMessage = "Say in a few words why, for example: lost phone and codes, seen in person.")]
        [StringLength(TwoStepResetRequest.ReasonMaxLength, ErrorMessage = "Keep it short: at most 140 characters.")]
        [Display(Name = "Why (a few words, nothing private)")]
        public string Reason { get; set; } = "";
    }
}
