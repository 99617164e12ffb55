using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Circles.Web.Features.Directory.Peers;

/// <summary>
/// A short tip about a service. It waits for a coordinator before anyone else sees it, and it
/// never shows who wrote it. A tip that does not pass comes back here with the words kept.
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class TipsModel(CirclesDb db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public TipForm Form { get; set; } = new();

    [BindProperty(Name = "returnTo")]
    public string? ReturnTo { get; set; }

    public string ServiceId { get; private set; } = "";
    public string ServiceName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await PeerNotes.ServiceNameAsync(db, id, HttpContext.RequestAborted) is not { } name)
        {
            return NotFound();
        }
        (ServiceId, ServiceName) = (id, name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await PeerNotes.ServiceNameAsync(db, id, cancellationToken) is not { } name)
        {
            return NotFound();
        }
        (ServiceId, ServiceName) = (id, name);
        ReturnTo = ReturnTo == PeerNotes.ReturnToNotes ? ReturnTo : null;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ServiceTips.Add(new ServiceTip
        {
            ServiceId = id,
            AuthorUserId = User.GetUserId()!.Value,
            Text = Form.Text!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(PeerNotes.ReturnPage(ReturnTo), null, new { id }, "peer-notes");
    }
}
