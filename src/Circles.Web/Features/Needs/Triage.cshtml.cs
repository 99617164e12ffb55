using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Needs;

/// <summary>
/// Open needs for coordinators: urgent first, then the ones waiting longest, with how long each
/// has waited. Descriptions are not shown here; reading one is an audited view on its own page.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class TriageModel(CirclesDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<TriageRow> Needs { get; private set; } = [];
    public int AlertDays { get; private set; }

    public sealed record TriageRow(Guid Id, string Member, NeedCategory Category, NeedUrgency Urgency, NeedStatus Status, string Language, int DaysWaiting, int Referrals, bool Recorded);

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cancellationToken = HttpContext.RequestAborted;
        AlertDays = await db.Organizations.Select(o => o.NeedWaitingAlertDays).FirstAsync(cancellationToken);
        var open = await db.Needs
            .Where(n => n.Status == NeedStatus.Waiting || n.Status == NeedStatus.InProgress)
            .Join(db.Users, n => n.MemberUserId, u => u.Id, (n, u) => new
            {
                n.Id, Member = u.UserName, n.Category, n.Urgency, n.Status, n.Language, n.CreatedAt,
                Referrals = db.Referrals.Count(r => r.NeedId == n.Id),
                Recorded = n.RecordedByUserId != null,
            })
            .ToListAsync(cancellationToken);
        // Urgency is stored as text, so the order is decided here rather than by the database.
        Needs = [.. open
            .OrderByDescending(n => n.Urgency)
            .ThenBy(n => n.CreatedAt)
            .Select(n => new TriageRow(n.Id, n.Member ?? "", n.Category, n.Urgency, n.Status, n.Language, (int)(now - n.CreatedAt).TotalDays, n.Referrals, n.Recorded))];
    }
}
