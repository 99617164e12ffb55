using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.PrivateSpace;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Journal;

/// <summary>Reading one's own entry. Anyone else's is 404, whoever asks (SEC-20).</summary>
[Authorize(Policy = Policies.Member)]
public sealed class EntryModel(CirclesDb db, IAuthorizationService authorization, PersonalKeys personalKeys) : PageModel
{
    public OpenedEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var row = await db.JournalEntries.FirstOrDefaultAsync(e => e.Id == id, HttpContext.RequestAborted);
        if (row is null || !(await authorization.AuthorizeAsync(User, row, new OwnJournalEntry())).Succeeded)
        {
            return NotFound();
        }
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            return RedirectToPage("/MySpace/Unlock", new { returnUrl = Request.Path + Request.QueryString });
        }
        Entry = OpenedEntry.From(row, key);
        return Page();
    }
}
