using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.PrivateSpace;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Journal;

/// <summary>The member's own journal, newest first, opened with their key (SEC-20, SEC-27).</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(CirclesDb db, PersonalKeys personalKeys) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<OpenedEntry> Entries { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page)
    {
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            return RedirectToPage("/MySpace/Unlock", new { returnUrl = Request.Path + Request.QueryString });
        }
        var me = User.GetUserId()!.Value;
        var mine = db.JournalEntries.Where(e => e.UserId == me);
        var count = await mine.CountAsync(HttpContext.RequestAborted);
        PageCount = Math.Max(1, (count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        var rows = await mine.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync(HttpContext.RequestAborted);
        Entries = [.. rows.Select(row => OpenedEntry.From(row, key))];
        return Page();
    }
}
