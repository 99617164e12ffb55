using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Peers;

/// <summary>
/// Coordinators see open requests for a peer, oldest first, with the best candidates and the
/// reasons for each, and can propose a match: both people must still accept it.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class RequestsModel(
    CirclesDb db, PeerMatchFlow flow) : PageModel
{
    /// <summary>Enough for one sitting; the page says when there are more.</summary>
    private const int Shown = 20;

    public IReadOnlyList<RequestRow> Requests { get; private set; } = [];
    public int OpenCount { get; private set; }
    public bool Proposed { get; private set; }

    public async Task OnGetAsync(bool proposed)
    {
        Proposed = proposed;
        var cancellationToken = HttpContext.RequestAborted;
        var open = db.PeerRequests.Where(r => r.Status == PeerRequestStatus.Open);
        OpenCount = await open.CountAsync(cancellationToken);
        var requests = await open.OrderBy(r => r.CreatedAt)
            .Join(db.Users, r => r.MemberUserId, u => u.Id, (r, u) => new
            {
                Request = r,
                Member = u.UserName,
                Waiting = db.PeerMatches.Any(m => m.RequestId == r.Id && m.Status == PeerMatchStatus.Proposed),
            })
            .Take(Shown)
            .ToListAsync(cancellationToken);
        var rows = new List<RequestRow>(requests.Count);
        foreach (var item in requests)
        {
            // One ranking per request shown: five queries each whatever the number of peers, but
            // the one choosing the best five scans every eligible peer (about 1 s of SQLite CPU at
            // 100,000 peers, bench/README.md), so at that size this page needs the fix named there.
            var candidates = item.Waiting ? [] : await PeerMatching.RankAsync(db, PeerWish.From(item.Request), cancellationToken: cancellationToken);
            rows.Add(new RequestRow(item.Request, item.Member ?? "", item.Waiting, candidates));
        }
        Requests = rows;
    }

    public async Task<IActionResult> OnPostProposeAsync(Guid requestId, Guid peerUserId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var request = await db.PeerRequests.FirstOrDefaultAsync(r => r.Id == requestId && r.Status == PeerRequestStatus.Open, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }
        var waiting = await db.PeerMatches.AnyAsync(m => m.RequestId == request.Id && m.Status == PeerMatchStatus.Proposed, cancellationToken);
        var fits = await PeerMatching.RankAsync(db, PeerWish.From(request), 1, peerUserId, cancellationToken);
        if (waiting || fits.Count == 0)
        {
            return NotFound();
        }
        await flow.ProposeByCoordinatorAsync(request, peerUserId, User.GetUserId()!.Value, cancellationToken);
        return RedirectToPage("/Peers/Requests", new { proposed = "true" });
    }

    public sealed record RequestRow(PeerRequest Request, string Member, bool WaitingForAnswer, IReadOnlyList<RankedPeer> Candidates);
}
