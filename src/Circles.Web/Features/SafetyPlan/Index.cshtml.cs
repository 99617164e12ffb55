using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.PrivateSpace;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.SafetyPlan;

/// <summary>
/// The member's own safety plan, opened with their own key for this request only (SEC-20,
/// SEC-27). Nobody else has a way to this plan: the page reads only the signed-in person's row.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(CirclesDb db, PersonalKeys personalKeys) : PageModel
{
    public PlanText? Plan { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            return RedirectToPage("/MySpace/Unlock", new { returnUrl = Url.Page("/SafetyPlan/Index") });
        }
        var plan = await SafetyPlans.OwnAsync(db, User.GetUserId()!.Value, HttpContext.RequestAborted);
        Plan = plan is null ? null : PlanText.Open(key, plan);
        return Page();
    }
}
