using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.PrivateSpace;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.SafetyPlan;

/// <summary>
/// The plan on one printable page that says nothing about where it came from: no product or
/// organization name, no icon, no menu, a neutral title (the paper may be found). Quick exit
/// stays on screen (SEC-1).
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class PrintModel(CirclesDb db, PersonalKeys personalKeys) : PageModel
{
    public PlanText? Plan { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            return RedirectToPage("/MySpace/Unlock", new { returnUrl = Url.Page("/SafetyPlan/Print") });
        }
        var plan = await SafetyPlans.OwnAsync(db, User.GetUserId()!.Value, HttpContext.RequestAborted);
        Plan = plan is null ? null : PlanText.Open(key, plan);
        return Page();
    }
}
