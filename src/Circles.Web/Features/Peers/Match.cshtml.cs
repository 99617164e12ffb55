using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Peers;

/// <summary>
/// One connection, for the two people in it and for coordinators; anyone else gets 404 (SEC-19).
/// Each side accepts for themselves; either can say no or end it at any time, with no reason asked.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MatchModel(
    CirclesDb db, IAuthorizationService authorization, PeerMatchFlow flow) : PageModel
{
    public PeerMatch Match { get; private set; } = null!;
    public string MemberName { get; private set; } = "";
    public string PeerName { get; private set; } = "";
    public Guid Me { get; private set; }
    public bool Changed { get; private set; }

    /// <summary>The connection could not begin: the peer supporter has no room left just now.</summary>
    public bool NoRoom { get; private set; }

    public bool IAmMember => Me == Match.MemberUserId;
    public bool IAmPeer => Me == Match.PeerUserId;
    public bool ICanAccept => Match.Status == PeerMatchStatus.Proposed
        && ((IAmMember && Match.MemberAcceptedAt is null) || (IAmPeer && Match.PeerAcceptedAt is null));

    public async Task<IActionResult> OnGetAsync(Guid id, bool changed, bool noRoom)
    {
        Changed = changed;
        NoRoom = noRoom;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id) =>
        ChangeAsync(id, async (flow, match, me) => await flow.AcceptAsync(match, me, HttpContext.RequestAborted), requireInvolved: true);

    /// <summary>Says no to a proposal or ends an active connection; coordinators may end one too.</summary>
    public Task<IActionResult> OnPostEndAsync(Guid id) =>
        ChangeAsync(id, async (flow, match, me) =>
        {
            await flow.EndAsync(match, me, HttpContext.RequestAborted);
            return true;
        }, requireInvolved: false);

    /// <param name="change">False when the change could not be made because the peer supporter has no room.</param>
    private async Task<IActionResult> ChangeAsync(Guid id, Func<PeerMatchFlow, PeerMatch, Guid, Task<bool>> change, bool requireInvolved)
    {
        if (!await LoadAsync(id, requireInvolved ? new TakePartInPeerMatch() : new SeePeerMatch()))
        {
            return NotFound();
        }
        try
        {
            if (!await change(flow, Match, Me))
            {
                return RedirectToPage("/Peers/Match", new { id, noRoom = "true" });
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else changed this connection at the same moment (the other side, a second click).
            return RedirectToPage("/Peers/Match", new { id, changed = "true" });
        }
        // The people in it go back to their list, where the outcome is shown; a coordinator stays here.
        return Match.Involves(Me) ? RedirectToPage("/Peers/Index") : RedirectToPage("/Peers/Match", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, PeerMatchRequirement? requirement = null)
    {
        Me = User.GetUserId()!.Value;
        var match = await db.PeerMatches.FirstOrDefaultAsync(m => m.Id == id, HttpContext.RequestAborted);
        if (match is null || !(await authorization.AuthorizeAsync(User, match, requirement ?? new SeePeerMatch())).Succeeded)
        {
            return false;
        }
        Match = match;
        var names = await db.Users.Where(u => u.Id == match.MemberUserId || u.Id == match.PeerUserId)
            .Select(u => new { u.Id, u.UserName }).ToListAsync(HttpContext.RequestAborted);
        MemberName = names.FirstOrDefault(n => n.Id == match.MemberUserId)?.UserName ?? "";
        PeerName = names.FirstOrDefault(n => n.Id == match.PeerUserId)?.UserName ?? "";
        return true;
    }
}
