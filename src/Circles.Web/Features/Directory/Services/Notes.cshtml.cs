using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Directory.Peers;

/// <summary>Only the peer notes of one service, with a way back to it: handy on a slow phone.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class NotesModel(CirclesDb db) : PageModel
{
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
}
