using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Features.Shared;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.SafetyPlan;

/// <summary>
/// Writing one's own safety plan. Every part is sealed with the member's own key and the plan's
/// own id (SEC-27); nothing of it is logged or audited (SEC-33): editing one's own plan is
/// nobody else's business. What was typed always comes back on a problem, including a save
/// from another window in the meantime (SEC-43).
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class EditModel(
    CirclesDb db,
    PersonalKeys personalKeys,
    PageFrame frame,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{

    [BindProperty]
    public SafetyPlanForm Form { get; set; } = new();

    public bool IsNew { get; private set; }
    public bool Conflict { get; private set; }
    public bool KeyClosed { get; private set; }
    public IReadOnlyList<string> OrganizationCrisisLines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            return RedirectToPage("/MySpace/Unlock", new { returnUrl = Url.Page("/SafetyPlan/Edit") });
        }
        var plan = await SafetyPlans.OwnAsync(db, User.GetUserId()!.Value, HttpContext.RequestAborted);
        IsNew = plan is null;
        Form = plan is null ? new SafetyPlanForm() : SafetyPlanForm.From(PlanText.Open(key, plan), plan.Version);
        await LoadCrisisLinesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        await LoadCrisisLinesAsync();
        var text = Form.ToText();
        if (text.IsEmpty)
        {
            ModelState.AddModelError(string.Empty, l["Please write something in at least one part of your plan."]);
        }
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            // The key left this browser (session ended elsewhere): keep the words on screen and say how to go on.
            KeyClosed = true;
            IsNew = Form.Version == Guid.Empty;
            return Page();
        }
        if (!ModelState.IsValid)
        {
            IsNew = Form.Version == Guid.Empty;
            return Page();
        }

        var plan = await SafetyPlans.OwnAsync(db, User.GetUserId()!.Value, cancellationToken);
        if (plan is null && Form.Version != Guid.Empty)
        {
            return ShowConflict(plan);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (plan is null)
        {
            plan = new PersonalSafetyPlan { UserId = User.GetUserId()!.Value, CreatedAt = now };
            db.SafetyPlans.Add(plan);
        }
        else
        {
            db.ExpectVersion(plan, Form.Version);
        }
        text.SealInto(key, plan);
        plan.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict, or a plan made in another window at the same moment (one per person).
            db.ChangeTracker.Clear();
            return ShowConflict(await SafetyPlans.OwnAsync(db, User.GetUserId()!.Value, cancellationToken));
        }
        return RedirectToPage("/SafetyPlan/Index");
    }

    /// <summary>The no-JavaScript "add my organization's crisis lines" button: the same form back, with the lines added.</summary>
    public async Task<IActionResult> OnPostAddCrisisLinesAsync()
    {
        await LoadCrisisLinesAsync();
        IsNew = Form.Version == Guid.Empty;
        Form.AddCrisisLines(OrganizationCrisisLines);
        // Adding lines is not saving: the form is not checked yet, so no errors are shown.
        ModelState.Clear();
        return Page();
    }

    /// <summary>
    /// What was typed stays; the form now carries the current version, so saving again keeps this
    /// text on purpose, over what was saved in the other window.
    /// </summary>
    private PageResult ShowConflict(PersonalSafetyPlan? current)
    {
        Conflict = true;
        Form.Version = current?.Version ?? Guid.Empty;
        IsNew = current is null;
        return Page();
    }

    private async Task LoadCrisisLinesAsync() =>
        OrganizationCrisisLines = (await frame.GetAsync(HttpContext.RequestAborted)).CrisisLines;
}
