using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Peers;

/// <summary>
/// A peer supporter's own supervision check-ins, with the private notes kept about them, and the
/// wellbeing question they can answer ahead of the next check-in.
/// </summary>
[Authorize(Policy = Policies.PeerSupporter)]
public sealed class SupervisionModel(CirclesDb db, SupervisionCheckIns checkIns, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<SupervisionCheckIns.CheckInView> CheckIns { get; private set; } = [];
    public SupervisionCheckIns.CheckInView? Next { get; private set; }
    public bool Answered { get; private set; }

    public async Task OnGetAsync(bool answered = false)
    {
        await LoadAsync();
        Answered = answered;
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid checkInId, int? wellbeing)
    {
        await LoadAsync();
        var userId = User.GetUserId()!.Value;
        // Only their own check-in that has not been held yet; anything else is not theirs to answer.
        var checkIn = await db.SupervisionCheckIns
            .FirstOrDefaultAsync(c => c.Id == checkInId && c.PeerUserId == userId && c.HeldAt == null, HttpContext.RequestAborted);
        if (checkIn is null)
        {
            return NotFound();
        }
        if (wellbeing is not (>= 1 and <= 5))
        {
            ModelState.AddModelError("wellbeing", l["Choose an answer from 1 to 5."]);
            return Page();
        }
        checkIn.Wellbeing = wellbeing;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Peers/Supervision", new { answered = "true" });
    }

    private async Task LoadAsync()
    {
        var userId = User.GetUserId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        CheckIns = await checkIns.OfAsync(userId, HttpContext.RequestAborted);
        Next = CheckIns.Where(c => c.HeldAt is null && c.ScheduledFor >= now).MinBy(c => c.ScheduledFor);
    }
}
