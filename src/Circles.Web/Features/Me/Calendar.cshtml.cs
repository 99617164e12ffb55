using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Calendar;
using Circles.Web.Features.Invitations;
using Circles.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Me;

/// <summary>
/// A private calendar address for one's sessions. It is shown once when made; making a new one
/// or turning it off stops the old address at once.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CalendarModel(CirclesDb db, TimeProvider clock, PublicAddress publicAddress) : PageModel
{
    public bool HasFeed { get; private set; }
    public string? NewAddress { get; private set; }

    public async Task OnGetAsync()
    {
        var userId = User.GetUserId();
        HasFeed = await db.CalendarFeeds.AnyAsync(f => f.UserId == userId, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var userId = User.GetUserId()!.Value;
        await db.CalendarFeeds.Where(f => f.UserId == userId).ExecuteDeleteAsync(HttpContext.RequestAborted);
        var token = InvitationSecrets.NewToken();
        db.CalendarFeeds.Add(new CalendarFeed { UserId = userId, TokenHash = InvitationSecrets.Hash(token), CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        HasFeed = true;
        // The feed is a minimal API endpoint, not a page, so its path is written here (decision 0013).
        NewAddress = publicAddress.Link(Request, $"/calendar/{token}.ics");
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync()
    {
        var userId = User.GetUserId();
        await db.CalendarFeeds.Where(f => f.UserId == userId).ExecuteDeleteAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Me/Calendar");
    }
}
