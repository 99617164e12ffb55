using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory.Peers;

/// <summary>
/// What members say about one service of the organization's directory: how many said it helped
/// (a count, never who), approved tips (never who wrote them, only the month) and, for the
/// author alone, their own tips still waiting for a coordinator's check.
/// </summary>
public static class PeerNotes
{
    /// <summary>Enough to read on a phone; older tips stay stored.</summary>
    public const int TipsShown = 30;

    public const string ReturnToNotes = "notes";

    /// <summary>The service page, or this feature's own notes page when the form came from there. Only these two: no open redirect.</summary>
    public static string ReturnPage(string? returnTo) => returnTo == ReturnToNotes ? "/Directory/Services/Notes" : "/Directory/Service";

    /// <summary>The service's name if it is in the current organization's directory (the tenant filter applies), else null.</summary>
    public static async Task<string?> ServiceNameAsync(CirclesDb db, string serviceId, CancellationToken cancellationToken)
    {
        var service = await db.Set<HsdsService>()
            .Where(s => s.Id == serviceId)
            .Select(s => new { s.Name })
            .FirstOrDefaultAsync(cancellationToken);
        return service is null ? null : service.Name ?? "";
    }

    public static async Task<PeerNotesView> LoadAsync(
        CirclesDb db, ClaimsPrincipal user, bool canPost, string serviceId, string? returnTo, CancellationToken cancellationToken)
    {
        var userId = user.GetUserId();
        var helpedCount = await db.ServiceHelpedMarks.CountAsync(m => m.ServiceId == serviceId, cancellationToken);
        var markedHelped = canPost && await db.ServiceHelpedMarks.AnyAsync(m => m.ServiceId == serviceId && m.UserId == userId, cancellationToken);
        // Only text and month leave the database: the author is never selected for other people.
        var tips = await db.ServiceTips
            .Where(t => t.ServiceId == serviceId && t.Status == ModerationStatus.Approved)
            .OrderByDescending(t => t.CreatedAt)
            .Take(TipsShown)
            .Select(t => new TipView(t.Text, t.CreatedAt))
            .ToListAsync(cancellationToken);
        var waiting = canPost
            ? await db.ServiceTips
                .Where(t => t.ServiceId == serviceId && t.Status == ModerationStatus.Pending && t.AuthorUserId == userId)
                .OrderBy(t => t.CreatedAt)
                .Select(t => t.Text)
                .ToListAsync(cancellationToken)
            : [];
        return new PeerNotesView(serviceId, helpedCount, canPost, markedHelped, tips, waiting, returnTo == ReturnToNotes ? ReturnToNotes : null);
    }
}

public sealed record PeerNotesView(
    string ServiceId,
    int HelpedCount,
    bool CanPost,
    bool MarkedHelped,
    IReadOnlyList<TipView> Tips,
    IReadOnlyList<string> MyWaitingTips,
    string? ReturnTo);

public sealed record TipView(string Text, DateTime WrittenAt);

public sealed class TipForm
{
    [Required(ErrorMessage = "Write your tip first.")]
    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    [Display(Name = "Your tip for others")]
    public string? Text { get; set; }
}
