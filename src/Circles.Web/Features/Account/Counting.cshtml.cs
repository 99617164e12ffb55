using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Account;

/// <summary>
/// Counting in the organization's figures: a person turns it off, and from the next time figures
/// are drawn they are left out (<see cref="CirclesUser.NotCountedSince"/>, read by
/// Impact/ImpactCounting). Only ever the signed-in person's own account: no id is taken from the
/// request. Every role has it (Policies.SignedIn: not needed to enrol two-step sign-in, so staff
/// reach it once enrolled, like Account/Data).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CountingModel(CirclesDb db, TimeProvider clock) : PageModel
{
    /// <summary>On when the person is counted; what the form posts.</summary>
    [BindProperty]
    public bool CountMeIn { get; set; }

    /// <summary>When the person turned counting off; null while they are counted.</summary>
    public DateTime? NotCountedSince { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var userId = User.GetUserId();
        var user = await db.Users.Where(u => u.Id == userId).Select(u => new { u.NotCountedSince }).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (user is null)
        {
            return NotFound();
        }
        NotCountedSince = user.NotCountedSince;
        CountMeIn = NotCountedSince is null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.GetUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        // Turning it off keeps the first moment it was turned off; turning it on clears it.
        _ = CountMeIn
            ? await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.NotCountedSince, (DateTime?)null), HttpContext.RequestAborted)
            : await db.Users.Where(u => u.Id == userId && u.NotCountedSince == null).ExecuteUpdateAsync(s => s.SetProperty(u => u.NotCountedSince, now), HttpContext.RequestAborted);
        return RedirectToPage(new { saved = true });
    }
}
