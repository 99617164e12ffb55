using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory.Peers;

/// <summary>
/// "This helped me" on a service. The form says which state the member wants, so sending it
/// twice (a double tap, a resend) leaves one mark, not a toggle back.
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class HelpedModel(CirclesDb db, TimeProvider clock) : PageModel
{
    public string ServiceId { get; private set; } = "";
    public string ServiceName { get; private set; } = "";
    public bool Marked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await PeerNotes.ServiceNameAsync(db, id, HttpContext.RequestAborted) is not { } name)
        {
            return NotFound();
        }
        var userId = User.GetUserId();
        (ServiceId, ServiceName) = (id, name);
        Marked = await db.ServiceHelpedMarks.AnyAsync(m => m.ServiceId == id && m.UserId == userId, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, bool helped, string? returnTo)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await PeerNotes.ServiceNameAsync(db, id, cancellationToken) is null)
        {
            return NotFound();
        }
        var userId = User.GetUserId()!.Value;
        var mark = await db.ServiceHelpedMarks.FirstOrDefaultAsync(m => m.ServiceId == id && m.UserId == userId, cancellationToken);
        if (helped && mark is null)
        {
            db.ServiceHelpedMarks.Add(new ServiceHelpedMark { ServiceId = id, UserId = userId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        }
        else if (!helped && mark is not null)
        {
            db.ServiceHelpedMarks.Remove(mark);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two taps at once: the unique index kept one mark, which is what was asked for.
        }
        return RedirectToPage(PeerNotes.ReturnPage(returnTo), null, new { id }, "peer-notes");
    }
}
