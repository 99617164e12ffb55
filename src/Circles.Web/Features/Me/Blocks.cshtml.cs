using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Me;

/// <summary>The people I blocked, with a way to unblock each. Only my own blocks, never who blocked me.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class BlocksModel(CirclesDb db) : PageModel
{
    public sealed record BlockRow(Guid Id, string Pseudonym, DateTime Since);

    public IReadOnlyList<BlockRow> Blocks { get; private set; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync(string? done)
    {
        Done = done is "blocked" or "unblocked" ? done : null;
        var userId = User.GetUserId();
        Blocks = await db.MemberBlocks
            .Where(b => b.BlockerUserId == userId)
            .Join(db.Users, b => b.BlockedUserId, u => u.Id, (b, u) => new { b.Id, u.UserName, b.CreatedAt })
            .OrderBy(b => b.UserName)
            .Select(b => new BlockRow(b.Id, b.UserName ?? "", b.CreatedAt))
            .ToListAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostUnblockAsync(Guid id)
    {
        var userId = User.GetUserId();
        var block = await db.MemberBlocks.FirstOrDefaultAsync(b => b.Id == id && b.BlockerUserId == userId, HttpContext.RequestAborted);
        if (block is null)
        {
            return NotFound();
        }
        db.MemberBlocks.Remove(block);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Me/Blocks", new { done = "unblocked" });
    }
}
