using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Moderation;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Strategies;

/// <summary>The member's own space: strategies they saved, and the ones they shared with where each stands.</summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class MineModel(CirclesDb db) : PageModel
{
    public IReadOnlyList<SavedView> Saved { get; private set; } = [];
    public IReadOnlyList<SharedView> Shared { get; private set; } = [];
    public string? Done { get; private set; }

    public sealed record SavedView(Guid SavedId, StrategyView Strategy);

    public sealed record SharedView(Guid Id, string Title, string? Language, ModerationStatus Status);

    public async Task OnGetAsync(string? done)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var userId = User.GetUserId();
        // Only the known outcomes: the link is not allowed to put its own words on the page.
        Done = done is "shared" or "removed" or "withdrawn" ? done : null;
        // A strategy a coordinator took down leaves the saved list too.
        var saved = await db.SavedStrategies
            .Where(saved => saved.UserId == userId)
            .Join(db.CopingStrategies.Where(s => s.Status == ModerationStatus.Approved), saved => saved.StrategyId, s => s.Id,
                (saved, s) => new { SavedId = saved.Id, saved.SavedAt, s.Id, s.Title, s.Text, s.Tags, s.Language })
            .OrderByDescending(x => x.SavedAt)
            .ToListAsync(cancellationToken);
        Saved = [.. saved.Select(x => new SavedView(x.SavedId, new StrategyView(x.Id, x.Title, x.Text, x.Tags, x.Language)))];
        Shared = await db.CopingStrategies
            .Where(s => s.AuthorUserId == userId)
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => new SharedView(s.Id, s.Title, s.Language, s.Status))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Removes one of this person's saved strategies; anyone else's saved row answers 404.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        var userId = User.GetUserId();
        var removed = await db.SavedStrategies.Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync(HttpContext.RequestAborted);
        return removed == 0 ? NotFound() : RedirectToPage("/Me/Strategies", new { done = "removed" });
    }

    /// <summary>Takes back a strategy this person shared, at any stage; it leaves other members' spaces too.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        var userId = User.GetUserId();
        var strategy = await db.CopingStrategies.FirstOrDefaultAsync(s => s.Id == id && s.AuthorUserId == userId, HttpContext.RequestAborted);
        if (strategy is null)
        {
            return NotFound();
        }
        db.CopingStrategies.Remove(strategy);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Me/Strategies", new { done = "withdrawn" });
    }
}
