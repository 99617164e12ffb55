using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Directory.Peers;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Moderation;

/// <summary>
/// What members shared, waiting for a coordinator: tips on services and coping strategies,
/// oldest first, approved or not added (who and when are kept on the record). Recently approved
/// ones can still be taken down. Authors are not shown here either: the check is about the words.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class IndexModel(CirclesDb db, TimeProvider clock) : PageModel
{
    public const int RecentShown = 20;

    public IReadOnlyList<TipRow> PendingTips { get; private set; } = [];
    public IReadOnlyList<StrategyRow> PendingStrategies { get; private set; } = [];
    public IReadOnlyList<TipRow> RecentTips { get; private set; } = [];
    public IReadOnlyList<StrategyRow> RecentStrategies { get; private set; } = [];
    public string? Done { get; private set; }

    public sealed record TipRow(Guid Id, string ServiceId, string ServiceName, string Text, DateTime CreatedAt);

    public sealed record StrategyRow(Guid Id, string Title, string Text, string Tags, string? Language, DateTime CreatedAt)
    {
        public IEnumerable<string> TagList => Tags.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(CopingTags.All.Contains);
    }

    /// <summary>For the coordinator's home.</summary>
    public static async Task<int> WaitingCountAsync(CirclesDb db, CancellationToken cancellationToken) =>
        await db.ServiceTips.CountAsync(t => t.Status == ModerationStatus.Pending, cancellationToken)
        + await db.CopingStrategies.CountAsync(s => s.Status == ModerationStatus.Pending, cancellationToken);

    public async Task OnGetAsync(string? done)
    {
        var cancellationToken = HttpContext.RequestAborted;
        Done = done is "approved" or "rejected" or "already" ? done : null;
        PendingTips = await TipsAsync(db.ServiceTips.Where(t => t.Status == ModerationStatus.Pending).OrderBy(t => t.CreatedAt), cancellationToken);
        PendingStrategies = await StrategiesAsync(db.CopingStrategies.Where(s => s.Status == ModerationStatus.Pending).OrderBy(s => s.CreatedAt), cancellationToken);
        RecentTips = await TipsAsync(
            db.ServiceTips.Where(t => t.Status == ModerationStatus.Approved && t.ModeratedAt != null).OrderByDescending(t => t.ModeratedAt).Take(RecentShown),
            cancellationToken);
        RecentStrategies = await StrategiesAsync(
            db.CopingStrategies.Where(s => s.Status == ModerationStatus.Approved && s.ModeratedAt != null).OrderByDescending(s => s.ModeratedAt).Take(RecentShown),
            cancellationToken);
    }

    public async Task<IActionResult> OnPostTipAsync(Guid id, string? decision)
    {
        var tip = await db.ServiceTips.FirstOrDefaultAsync(t => t.Id == id, HttpContext.RequestAborted);
        if (tip is null || Next(tip.Status, decision) is not { } next)
        {
            return tip is null ? NotFound() : Redirect("/moderation?done=already");
        }
        (tip.Status, tip.ModeratedByUserId, tip.ModeratedAt) = (next, User.GetUserId(), clock.GetUtcNow().UtcDateTime);
        return await SavedAsync(next);
    }

    public async Task<IActionResult> OnPostStrategyAsync(Guid id, string? decision)
    {
        var strategy = await db.CopingStrategies.FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        if (strategy is null || Next(strategy.Status, decision) is not { } next)
        {
            return strategy is null ? NotFound() : Redirect("/moderation?done=already");
        }
        (strategy.Status, strategy.ModeratedByUserId, strategy.ModeratedAt) = (next, User.GetUserId(), clock.GetUtcNow().UtcDateTime);
        return await SavedAsync(next);
    }

    /// <summary>
    /// Approve only what waits; take down what waits or is shown. Anything else means another
    /// coordinator got there first, and their decision stands.
    /// </summary>
    private static ModerationStatus? Next(ModerationStatus current, string? decision) => (current, decision) switch
    {
        (ModerationStatus.Pending, "approve") => ModerationStatus.Approved,
        (ModerationStatus.Pending or ModerationStatus.Approved, "reject") => ModerationStatus.Rejected,
        _ => null,
    };

    private async Task<IActionResult> SavedAsync(ModerationStatus next)
    {
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Redirect("/moderation?done=" + (next == ModerationStatus.Approved ? "approved" : "rejected"));
    }

    private async Task<IReadOnlyList<TipRow>> TipsAsync(IQueryable<ServiceTip> query, CancellationToken cancellationToken)
    {
        var tips = await query.Select(t => new { t.Id, t.ServiceId, t.Text, t.CreatedAt }).ToListAsync(cancellationToken);
        var serviceIds = tips.Select(t => t.ServiceId).Distinct().ToList();
        var names = await db.Set<HsdsService>()
            .Where(s => serviceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name })
            .ToDictionaryAsync(s => s.Id, s => s.Name ?? s.Id, cancellationToken);
        return [.. tips.Select(t => new TipRow(t.Id, t.ServiceId, names.GetValueOrDefault(t.ServiceId) ?? t.ServiceId, t.Text, t.CreatedAt))];
    }

    private static async Task<IReadOnlyList<StrategyRow>> StrategiesAsync(IQueryable<CopingStrategy> query, CancellationToken cancellationToken) =>
        await query.Select(s => new StrategyRow(s.Id, s.Title, s.Text, s.Tags, s.Language, s.CreatedAt)).ToListAsync(cancellationToken);
}
