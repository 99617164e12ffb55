using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Needs;

/// <summary>The member's own needs, each with where it stands in plain words.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(CirclesDb db, NeedReferrals needReferrals, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<NeedRow> Needs { get; private set; } = [];

    public sealed record NeedRow(Guid Id, NeedCategory Category, DateTime CreatedAt, string Status, bool AskHelpArrived);

    public async Task OnGetAsync()
    {
        var userId = User.GetUserId()!.Value;
        var cancellationToken = HttpContext.RequestAborted;
        var needs = await db.Needs.Where(n => n.MemberUserId == userId)
            .OrderByDescending(n => n.CreatedAt)
            .Select(n => new { n.Id, n.Category, n.CreatedAt, n.Status })
            .ToListAsync(cancellationToken);
        var referrals = await needReferrals.ForNeedsAsync([.. needs.Select(n => n.Id)], cancellationToken);
        var awaiting = (await needReferrals.AwaitingAnswerAsync(userId, clock.GetUtcNow().UtcDateTime, cancellationToken))
            .Select(r => r.NeedId).ToHashSet();
        Needs = [.. needs.Select(n => new NeedRow(n.Id, n.Category, n.CreatedAt,
            NeedWords.StatusOf(l, n.Status, [.. referrals.Where(r => r.NeedId == n.Id).Select(NeedReferrals.Line)]),
            awaiting.Contains(n.Id)))];
    }
}
