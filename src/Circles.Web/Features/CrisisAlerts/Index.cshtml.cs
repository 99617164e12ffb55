using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Moderation;
using Circles.Web.Features.Shared;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Crisis;

/// <summary>
/// Crisis alerts still open for the viewer: facilitators see those of their groups, coordinators
/// every alert (direct messages go to coordinators). Each says what matched, when, where and who
/// wrote it, and what to do; never the words of a direct message (coordinators do not read
/// members' messages). "I have reached out" closes it for everyone, audited.
/// </summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class IndexModel(CirclesDb db, VisibleCrisisAlerts visible, AuditLog audit, TimeProvider clock, PageFrame frame) : PageModel
{
    public IReadOnlyList<AlertRow> Alerts { get; private set; } = [];
    public IReadOnlyList<string> CrisisLines { get; private set; } = [];
    public string? Done { get; private set; }

    public sealed record AlertRow(
        Guid Id, MessageKind Kind, string Phrase, CrisisCategory Category, DateTime CreatedAt,
        Guid? GroupId, string? GroupName, Guid? ThreadId, string Writer, Guid Version);

    public async Task OnGetAsync(string? done = null)
    {
        var cancellationToken = HttpContext.RequestAborted;
        Done = done is "acknowledged" or "already" ? done : null;
        CrisisLines = (await frame.GetAsync(cancellationToken)).CrisisLines;
        var alerts = await visible.OpenFor(User)
            .OrderBy(a => a.CreatedAt)
            .Select(a => new
            {
                a.Id, a.Kind, a.MatchedPhrase, a.Category, a.CreatedAt, a.GroupId, a.MessageId, a.Version,
                Writer = db.Users.Where(u => u.Id == a.WriterUserId).Select(u => u.UserName).FirstOrDefault(),
                GroupName = db.SupportGroups.Where(g => g.Id == a.GroupId).Select(g => g.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        // The thread of a group post, for the link; a post already deleted (retention, moderation) has none.
        var postIds = alerts.Where(a => a.Kind == MessageKind.DiscussionPost).Select(a => a.MessageId).ToList();
        var threads = await db.DiscussionPosts
            .Where(p => postIds.Contains(p.Id))
            .Select(p => new { p.Id, p.ThreadId })
            .ToDictionaryAsync(p => p.Id, p => p.ThreadId, cancellationToken);
        Alerts = [.. alerts.Select(a => new AlertRow(
            a.Id, a.Kind, a.MatchedPhrase, a.Category, a.CreatedAt, a.GroupId, a.GroupName,
            threads.TryGetValue(a.MessageId, out var thread) ? thread : null, a.Writer ?? "", a.Version))];
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, Guid version)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var alert = await visible.For(User).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null)
        {
            return NotFound();
        }
        if (alert.AcknowledgedAt is not null)
        {
            return RedirectToPage(new { done = "already" });
        }
        db.ExpectVersion(alert, version);
        alert.AcknowledgedAt = clock.GetUtcNow().UtcDateTime;
        alert.AcknowledgedByUserId = User.GetUserId();
        audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.CrisisAlertAcknowledged, alert.Id.ToString());
        // Saving fails when a colleague said they reached out since this page was shown.
        var acknowledged = await db.TrySaveAsync(cancellationToken);
        return RedirectToPage(new { done = acknowledged ? "acknowledged" : "already" });
    }
}
