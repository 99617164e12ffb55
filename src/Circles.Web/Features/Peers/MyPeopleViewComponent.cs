using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Peers;

/// <summary>
/// "The people you support": a peer supporter's active connections with a link to their
/// messages, and how many proposals wait for them. For a home page:
/// <c>@await Component.InvokeAsync("MyPeople")</c>.
/// </summary>
public sealed class MyPeopleViewComponent(CirclesDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var me = UserClaimsPrincipal.GetUserId() ?? Guid.Empty;
        var rows = await db.PeerMatches
            .Where(m => m.PeerUserId == me && (m.Status == PeerMatchStatus.Active || (m.Status == PeerMatchStatus.Proposed && m.PeerAcceptedAt == null)))
            .Join(db.Users, m => m.MemberUserId, u => u.Id, (m, u) => new { m.Id, m.Status, m.CreatedAt, Name = u.UserName })
            .OrderBy(m => m.CreatedAt)
            .ToListAsync(HttpContext.RequestAborted);
        var model = new MyPeople(
            [.. rows.Where(r => r.Status == PeerMatchStatus.Active).Select(r => new MyPerson(r.Id, r.Name ?? ""))],
            rows.Count(r => r.Status == PeerMatchStatus.Proposed));
        return View("/Features/Peers/_MyPeople.cshtml", model);
    }
}

public sealed record MyPerson(Guid MatchId, string Name);

public sealed record MyPeople(IReadOnlyList<MyPerson> People, int WaitingForAnswer);
