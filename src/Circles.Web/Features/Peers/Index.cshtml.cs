using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Peers;

/// <summary>
/// A member asks for a peer, sees who fits best and why, and chooses one (they accept by
/// choosing; the peer is asked). The page also lists their connections, and for a peer supporter
/// the proposals waiting for them and the people they support.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(
    CirclesDb db, PeerMatchFlow flow, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>How long an ended connection stays on the page with its kind notice.</summary>
    private static readonly TimeSpan EndedShownFor = TimeSpan.FromDays(30);

    public static readonly IReadOnlyList<string> DoneMessages = ["asked", "chosen", "withdrawn"];

    [BindProperty]
    public PeerRequestForm Form { get; set; } = PeerRequestForm.ForCurrentLanguage();

    public IReadOnlyList<PeerCommunityChoice> Communities { get; private set; } = [];
    public PeerRequest? OpenRequest { get; private set; }
    public IReadOnlyList<RankedPeer> Candidates { get; private set; } = [];
    public IReadOnlyList<MatchRow> AsMember { get; private set; } = [];
    public IReadOnlyList<MatchRow> AsPeer { get; private set; } = [];
    public bool IsPeerSupporter { get; private set; }
    public string? Done { get; private set; }

    /// <summary>A suggestion for the open request that still waits for an answer: no new choice until it is settled.</summary>
    public bool HasWaitingProposal => AsMember.Any(m => m.Status == PeerMatchStatus.Proposed && m.RequestId == OpenRequest?.Id);

    public async Task OnGetAsync(string? done)
    {
        Done = DoneMessages.Contains(done) ? done : null;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAskAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var me = User.GetUserId()!.Value;
        Communities = await PeerRequestForm.CommunitiesAsync(db, cancellationToken);
        Form.Validate(Communities, ModelState, l);
        if (!ModelState.IsValid)
        {
            await LoadAsync(keepForm: true);
            return Page();
        }
        // One open request at a time: asking again while one is open changes nothing.
        if (!await db.PeerRequests.AnyAsync(r => r.MemberUserId == me && r.Status == PeerRequestStatus.Open, cancellationToken))
        {
            db.PeerRequests.Add(Form.ToRequest(me, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
        return RedirectToPage("/Peers/Index", new { done = "asked" });
    }

    public async Task<IActionResult> OnPostChooseAsync(Guid peerUserId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var me = User.GetUserId()!.Value;
        var request = await OpenRequestAsync(me);
        if (request is null)
        {
            return NotFound();
        }
        var waiting = await db.PeerMatches.AnyAsync(m => m.RequestId == request.Id && m.Status == PeerMatchStatus.Proposed, cancellationToken);
        // The same rules as the list shown: a peer who is no longer a candidate cannot be chosen.
        var stillFits = await PeerMatching.RankAsync(db, PeerWish.From(request), 1, peerUserId, cancellationToken);
        if (waiting || stillFits.Count == 0)
        {
            return NotFound();
        }
        await flow.ProposeByMemberAsync(request, peerUserId, cancellationToken);
        return RedirectToPage("/Peers/Index", new { done = "chosen" });
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        var request = await OpenRequestAsync(User.GetUserId()!.Value);
        if (request is null)
        {
            return NotFound();
        }
        await flow.WithdrawAsync(request, HttpContext.RequestAborted);
        return RedirectToPage("/Peers/Index", new { done = "withdrawn" });
    }

    private Task<PeerRequest?> OpenRequestAsync(Guid me) =>
        db.PeerRequests.Where(r => r.MemberUserId == me && r.Status == PeerRequestStatus.Open)
            .OrderByDescending(r => r.CreatedAt).FirstOrDefaultAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(bool keepForm = false)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var me = User.GetUserId()!.Value;
        IsPeerSupporter = User.IsInRole(Roles.PeerSupporter);
        if (!keepForm)
        {
            Communities = await PeerRequestForm.CommunitiesAsync(db, cancellationToken);
        }
        var since = clock.GetUtcNow().UtcDateTime - EndedShownFor;
        var rows = await MatchRows.OfAsync(db, me, since, cancellationToken);
        AsMember = [.. rows.Where(r => r.IAmMember)];
        AsPeer = [.. rows.Where(r => !r.IAmMember)];
        OpenRequest = await OpenRequestAsync(me);
        if (OpenRequest is not null && !HasWaitingProposal)
        {
            Candidates = await PeerMatching.RankAsync(db, PeerWish.From(OpenRequest), cancellationToken: cancellationToken);
        }
    }
}
