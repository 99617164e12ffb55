using System.Globalization;
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

/// <summary>
/// The coping-strategies library: approved strategies, by tag, each one to save to one's own
/// space. Members and peer supporters read and share; coordinators check what is shared (/moderation).
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class IndexModel(CirclesDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<StrategyView> Items { get; private set; } = [];
    public IReadOnlySet<Guid> Saved { get; private set; } = new HashSet<Guid>();
    public string? Tag { get; private set; }

    public async Task OnGetAsync(string? tag)
    {
        var cancellationToken = HttpContext.RequestAborted;
        await StrategyLibrary.EnsureSeededAsync(db, User.GetOrganizationId()!.Value, clock.GetUtcNow().UtcDateTime, cancellationToken);
        Tag = StrategyQueries.KnownTag(tag);
        var query = StrategyQueries.Library(db, CultureInfo.CurrentUICulture);
        if (Tag is not null)
        {
            query = query.Tagged(Tag);
        }
        Items = await query
            .OrderBy(s => s.StarterKey != null).ThenByDescending(s => s.ModeratedAt).ThenBy(s => s.Title)
            .AsViews()
            .ToListAsync(cancellationToken);
        var userId = User.GetUserId();
        Saved = (await db.SavedStrategies.Where(s => s.UserId == userId).Select(s => s.StrategyId).ToListAsync(cancellationToken)).ToHashSet();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, string? tag)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (!await db.CopingStrategies.AnyAsync(s => s.Id == id && s.Status == ModerationStatus.Approved, cancellationToken))
        {
            return NotFound();
        }
        var userId = User.GetUserId()!.Value;
        if (!await db.SavedStrategies.AnyAsync(s => s.UserId == userId && s.StrategyId == id, cancellationToken))
        {
            db.SavedStrategies.Add(new SavedStrategy { UserId = userId, StrategyId = id, SavedAt = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Saved twice at once: the unique index kept one, which is what was asked for.
            }
        }
        return BackTo(tag, id);
    }

    public async Task<IActionResult> OnPostUnsaveAsync(Guid id, string? tag)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (!await db.CopingStrategies.AnyAsync(s => s.Id == id && s.Status == ModerationStatus.Approved, cancellationToken))
        {
            return NotFound();
        }
        var userId = User.GetUserId();
        // Only this person's own row can match.
        await db.SavedStrategies.Where(s => s.UserId == userId && s.StrategyId == id).ExecuteDeleteAsync(cancellationToken);
        return BackTo(tag, id);
    }

    private RedirectToPageResult BackTo(string? tag, Guid id) =>
        RedirectToPage("/Strategies/Index", null, new { tag = StrategyQueries.KnownTag(tag) }, $"strategy-{id}");
}
