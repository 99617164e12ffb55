using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Peers;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Messages;

/// <summary>
/// My conversations: one per active match, and ended ones (read-only) while retention keeps their
/// messages. Coordinators never read messages, so this is for members and peer supporters only.
/// Also the one setting about messages: whether the people I message see when I have read them.
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class IndexModel(CirclesDb db) : PageModel
{
    public IReadOnlyList<ConversationRow> Rows { get; private set; } = [];
    public bool ShareReadReceipts { get; private set; }
    public bool Saved { get; private set; }

    public sealed record ConversationRow(Guid MatchId, string OtherName, bool Active, int Unread, DateTime? LastAt);

    public async Task OnGetAsync(string? done)
    {
        var me = User.GetUserId()!.Value;
        Saved = done == "saved";
        Rows = await RowsAsync(me);
        ShareReadReceipts = await db.Users.Where(u => u.Id == me).Select(u => u.ShareReadReceipts).FirstOrDefaultAsync(HttpContext.RequestAborted);
    }

    /// <summary>The conversation list alone, for the live region (new messages change the unread counts).</summary>
    public async Task<IActionResult> OnGetListAsync() =>
        Partial("_ConversationList", await RowsAsync(User.GetUserId()!.Value));

    public async Task<IActionResult> OnPostReceiptsAsync(bool share)
    {
        var me = User.GetUserId()!.Value;
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == me, HttpContext.RequestAborted);
        if (user is null)
        {
            return NotFound();
        }
        user.ShareReadReceipts = share;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Messages/Index", new { done = "saved" });
    }

    private async Task<IReadOnlyList<ConversationRow>> RowsAsync(Guid me)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var matches = await db.PeerMatches
            .Where(m => (m.MemberUserId == me || m.PeerUserId == me)
                && (m.Status == PeerMatchStatus.Active
                    || (m.Status == PeerMatchStatus.Ended && db.DirectMessages.Any(d => d.MatchId == m.Id))))
            .Select(m => new
            {
                m.Id,
                OtherId = m.MemberUserId == me ? m.PeerUserId : m.MemberUserId,
                m.Status,
                m.ActiveSince,
                LastAt = db.DirectMessages.Where(d => d.MatchId == m.Id).Max(d => (DateTime?)d.SentAt),
                Unread = db.DirectMessages.Count(d => d.MatchId == m.Id && d.RecipientUserId == me && d.ReadAt == null && d.HiddenAt == null),
            })
            .ToListAsync(cancellationToken);
        var otherIds = matches.Select(m => m.OtherId).Distinct().ToList();
        var names = await db.Users.Where(u => otherIds.Contains(u.Id)).Select(u => new { u.Id, u.UserName }).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", cancellationToken);
        return [.. matches
            .OrderByDescending(m => m.Status == PeerMatchStatus.Active)
            .ThenByDescending(m => m.LastAt ?? m.ActiveSince)
            .Select(m => new ConversationRow(m.Id, names.GetValueOrDefault(m.OtherId) ?? "", m.Status == PeerMatchStatus.Active, m.Unread, m.LastAt))];
    }

    /// <summary>Every conversation's live topic, so the list refreshes when any of them changes.</summary>
    public string Topics => string.Join(' ', Rows.Select(r => Live.LiveUpdates.MatchTopic(r.MatchId)));
}
