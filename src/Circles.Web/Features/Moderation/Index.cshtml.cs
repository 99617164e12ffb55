using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Directory.Peers;
using Circles.Web.Features.Strategies;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Moderation;

/// <summary>
/// The moderation queue. Facilitators see reports of posts in the groups they facilitate;
/// coordinators see every report, direct messages included, and what members shared (tips on
/// services and coping strategies, oldest first, approved or not added). Every decision on a
/// report needs a short reason, kept on the record; hiding and showing again are audited by the
/// message's id, never its words (SEC-32).
/// </summary>
[Authorize(Policy = Policies.Facilitator)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class IndexModel(CirclesDb db, IAuthorizationService authorization, TimeProvider clock, FieldProtector protector, AuditLog audit) : PageModel
{
    public const int RecentShown = 20;

    public IReadOnlyList<TipRow> PendingTips { get; private set; } = [];
    public IReadOnlyList<StrategyRow> PendingStrategies { get; private set; } = [];
    public IReadOnlyList<TipRow> RecentTips { get; private set; } = [];
    public IReadOnlyList<StrategyRow> RecentStrategies { get; private set; } = [];
    public IReadOnlyList<ReportCard> OpenReports { get; private set; } = [];
    public IReadOnlyList<HiddenRow> Hidden { get; private set; } = [];
    public bool IsCoordinator { get; private set; }
    public string? Done { get; private set; }

    /// <summary>The moderator's reason for a decision on a report, or for showing a message again.</summary>
    [BindProperty]
    [Required(ErrorMessage = "Write a short reason.")]
    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    [Display(Name = "Reason (kept on the record)")]
    public string? Reason { get; set; }

    public sealed record TipRow(Guid Id, string ServiceId, string ServiceName, string Text, DateTime CreatedAt);

    public sealed record StrategyRow(Guid Id, string Title, string Text, string Tags, string? Language, DateTime CreatedAt)
    {
        public IEnumerable<string> TagList => Tags.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(CopingTags.All.Contains);
    }

    /// <summary>One reported message with all its open reports.</summary>
    public sealed record ReportCard(
        MessageKind Kind, Guid MessageId, Guid? GroupId, string? GroupName, Guid AuthorUserId, string Text, bool IsHidden,
        IReadOnlyList<ReportReason> Reasons, int Count, DateTime FirstReportedAt);

    public sealed record HiddenRow(MessageKind Kind, Guid MessageId, string? GroupName, string Text, string? HiddenReason, DateTime HiddenAt);

    public async Task OnGetAsync(string? done)
    {
        Done = done is "approved" or "rejected" or "already" or "hidden" or "left" or "restored" ? done : null;
        await LoadAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostTipAsync(Guid id, string? decision)
    {
        if (!User.IsInRole(Roles.Coordinator))
        {
            return Forbid();
        }
        var tip = await db.ServiceTips.FirstOrDefaultAsync(t => t.Id == id, HttpContext.RequestAborted);
        if (tip is null || Next(tip.Status, decision) is not { } next)
        {
            return tip is null ? NotFound() : RedirectToPage("/Moderation/Index", new { done = "already" });
        }
        (tip.Status, tip.ModeratedByUserId, tip.ModeratedAt) = (next, User.GetUserId(), clock.GetUtcNow().UtcDateTime);
        return await SavedAsync(next);
    }

    public async Task<IActionResult> OnPostStrategyAsync(Guid id, string? decision)
    {
        if (!User.IsInRole(Roles.Coordinator))
        {
            return Forbid();
        }
        var strategy = await db.CopingStrategies.FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        if (strategy is null || Next(strategy.Status, decision) is not { } next)
        {
            return strategy is null ? NotFound() : RedirectToPage("/Moderation/Index", new { done = "already" });
        }
        (strategy.Status, strategy.ModeratedByUserId, strategy.ModeratedAt) = (next, User.GetUserId(), clock.GetUtcNow().UtcDateTime);
        return await SavedAsync(next);
    }

    /// <summary>Hide the reported message, or leave it visible; either way its open reports are resolved.</summary>
    public async Task<IActionResult> OnPostReportAsync(MessageKind kind, Guid id, string? decision)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (decision is not ("hide" or "leave"))
        {
            return BadRequest();
        }
        if (await InScopeAsync(kind, id, cancellationToken) is not { } message)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var open = await db.MessageReports.Where(r => r.Kind == kind && r.MessageId == id && r.ResolvedAt == null).ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return RedirectToPage("/Moderation/Index", new { done = "already" });
        }
        var (userId, now, reason) = (User.GetUserId()!.Value, clock.GetUtcNow().UtcDateTime, Reason!.Trim());
        var outcome = decision == "hide" ? ReportOutcome.Hidden : ReportOutcome.LeftVisible;
        foreach (var report in open)
        {
            (report.ResolvedAt, report.ResolvedByUserId, report.Outcome, report.ResolutionReason, report.Version) = (now, userId, outcome, reason, Guid.NewGuid());
        }
        if (outcome == ReportOutcome.Hidden)
        {
            await SetHiddenAsync(message, hidden: true, userId, now, reason, cancellationToken);
            audit.Record(db.CurrentOrganizationId, userId, AuditActions.MessageHidden, id.ToString());
        }
        audit.Record(db.CurrentOrganizationId, userId, AuditActions.ReportResolved, id.ToString());
        return await SaveOrAlreadyAsync(outcome == ReportOutcome.Hidden ? "hidden" : "left", cancellationToken);
    }

    /// <summary>Show a hidden message again. Its reports now read "left visible", with this reason.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(MessageKind kind, Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await InScopeAsync(kind, id, cancellationToken) is not { } message)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        if (message.HiddenAt is null)
        {
            return RedirectToPage("/Moderation/Index", new { done = "already" });
        }
        var (userId, now, reason) = (User.GetUserId()!.Value, clock.GetUtcNow().UtcDateTime, Reason!.Trim());
        await SetHiddenAsync(message, hidden: false, userId, now, reason, cancellationToken);
        var hiddenReports = await db.MessageReports.Where(r => r.Kind == kind && r.MessageId == id && r.Outcome == ReportOutcome.Hidden).ToListAsync(cancellationToken);
        foreach (var report in hiddenReports)
        {
            (report.ResolvedAt, report.ResolvedByUserId, report.Outcome, report.ResolutionReason, report.Version) = (now, userId, ReportOutcome.LeftVisible, reason, Guid.NewGuid());
        }
        audit.Record(db.CurrentOrganizationId, userId, AuditActions.MessageRestored, id.ToString());
        return await SaveOrAlreadyAsync("restored", cancellationToken);
    }

    /// <summary>The message if the signed-in moderator may act on it: coordinators on any; facilitators on posts in their groups.</summary>
    private async Task<ReportableMessage?> InScopeAsync(MessageKind kind, Guid id, CancellationToken cancellationToken)
    {
        var message = await ReportableMessages.FindAsync(db, kind, id, cancellationToken);
        return message is not null && (await authorization.AuthorizeAsync(User, message, new ModerateMessage())).Succeeded ? message : null;
    }

    private async Task SetHiddenAsync(ReportableMessage message, bool hidden, Guid userId, DateTime now, string reason, CancellationToken cancellationToken)
    {
        (DateTime? At, Guid? By, string? Reason) values = hidden ? (now, userId, reason) : (null, null, null);
        if (message.Kind == MessageKind.DirectMessage)
        {
            var entity = await db.DirectMessages.FirstAsync(m => m.Id == message.Id, cancellationToken);
            (entity.HiddenAt, entity.HiddenByUserId, entity.HiddenReason) = values;
        }
        else
        {
            var entity = await db.DiscussionPosts.FirstAsync(p => p.Id == message.Id, cancellationToken);
            (entity.HiddenAt, entity.HiddenByUserId, entity.HiddenReason) = values;
        }
    }

    /// <summary>Two moderators at once: the second one's save fails on the reports' version, and the first decision stands.</summary>
    private async Task<IActionResult> SaveOrAlreadyAsync(string done, CancellationToken cancellationToken)
    {
        return await db.TrySaveAsync(cancellationToken)
            ? RedirectToPage("/Moderation/Index", new { done })
            : RedirectToPage("/Moderation/Index", new { done = "already" });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        IsCoordinator = User.IsInRole(Roles.Coordinator);
        await LoadReportsAsync(cancellationToken);
        if (!IsCoordinator)
        {
            return;
        }
        PendingTips = await TipsAsync(db.ServiceTips.Where(t => t.Status == ModerationStatus.Pending).OrderBy(t => t.CreatedAt), cancellationToken);
        PendingStrategies = await StrategiesAsync(db.CopingStrategies.Where(s => s.Status == ModerationStatus.Pending).OrderBy(s => s.CreatedAt), cancellationToken);
        RecentTips = await TipsAsync(
            db.ServiceTips.Where(t => t.Status == ModerationStatus.Approved && t.ModeratedAt != null).OrderByDescending(t => t.ModeratedAt).Take(RecentShown),
            cancellationToken);
        RecentStrategies = await StrategiesAsync(
            db.CopingStrategies.Where(s => s.Status == ModerationStatus.Approved && s.ModeratedAt != null).OrderByDescending(s => s.ModeratedAt).Take(RecentShown),
            cancellationToken);
    }

    private async Task LoadReportsAsync(CancellationToken cancellationToken)
    {
        var userId = User.GetUserId();
        var myGroups = await db.GroupFacilitators.Where(f => f.UserId == userId).Select(f => f.GroupId).ToListAsync(cancellationToken);
        var reports = db.MessageReports.AsQueryable();
        if (!IsCoordinator)
        {
            reports = reports.Where(r => r.Kind == MessageKind.DiscussionPost && r.GroupId != null && myGroups.Contains(r.GroupId.Value));
        }
        var open = await reports.Where(r => r.ResolvedAt == null)
            .Select(r => new { r.Kind, r.MessageId, r.Reason, r.CreatedAt })
            .ToListAsync(cancellationToken);
        var groupNames = await db.SupportGroups.Select(g => new { g.Id, g.Name }).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var cards = new List<ReportCard>();
        foreach (var reported in open.GroupBy(r => (r.Kind, r.MessageId)).OrderBy(g => g.Min(r => r.CreatedAt)))
        {
            if (await ReportableMessages.FindAsync(db, reported.Key.Kind, reported.Key.MessageId, cancellationToken) is not { } message)
            {
                continue; // deleted by retention since it was reported
            }
            cards.Add(new ReportCard(
                message.Kind, message.Id, message.GroupId, message.GroupId is { } g ? groupNames.GetValueOrDefault(g) : null, message.AuthorUserId,
                message.Text(protector), message.HiddenAt is not null,
                [.. reported.Select(r => r.Reason).Distinct().Order()], reported.Count(), reported.Min(r => r.CreatedAt)));
        }
        OpenReports = cards;

        var hiddenPosts = await db.DiscussionPosts
            .Where(p => p.HiddenAt != null && (IsCoordinator || myGroups.Contains(p.GroupId)))
            .OrderByDescending(p => p.HiddenAt).Take(RecentShown)
            .Select(p => new { p.Id, p.GroupId, p.ProtectedBody, p.HiddenReason, p.HiddenAt })
            .ToListAsync(cancellationToken);
        var hidden = hiddenPosts.Select(p => new HiddenRow(
            MessageKind.DiscussionPost, p.Id, groupNames.GetValueOrDefault(p.GroupId),
            protector.Unprotect(FieldPurposes.DiscussionPostBody, p.ProtectedBody) ?? "", p.HiddenReason, p.HiddenAt!.Value)).ToList();
        if (IsCoordinator)
        {
            var hiddenMessages = await db.DirectMessages
                .Where(m => m.HiddenAt != null)
                .OrderByDescending(m => m.HiddenAt).Take(RecentShown)
                .Select(m => new { m.Id, m.ProtectedBody, m.HiddenReason, m.HiddenAt })
                .ToListAsync(cancellationToken);
            hidden.AddRange(hiddenMessages.Select(m => new HiddenRow(
                MessageKind.DirectMessage, m.Id, null,
                protector.Unprotect(FieldPurposes.DirectMessageBody, m.ProtectedBody) ?? "", m.HiddenReason, m.HiddenAt!.Value)));
        }
        Hidden = [.. hidden.OrderByDescending(h => h.HiddenAt)];
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
        return RedirectToPage("/Moderation/Index", new { done = next == ModerationStatus.Approved ? "approved" : "rejected" });
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
