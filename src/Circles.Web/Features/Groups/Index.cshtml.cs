using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Groups;

/// <summary>
/// Groups as each role needs them: coordinators see all of them by community, facilitators the
/// ones they run, members theirs and the others they could ask to join.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(CirclesDb db) : PageModel
{
    public IReadOnlyList<GroupRow> Mine { get; private set; } = [];
    public IReadOnlyList<GroupRow> Others { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync()
    {
        var userId = User.GetUserId();
        CanCreate = User.IsInRole(Roles.Coordinator);
        var rows = await db.SupportGroups
            .Join(db.Communities, g => g.CommunityId, c => c.Id, (g, c) => new { g, Community = c.Name })
            .OrderBy(x => x.Community).ThenBy(x => x.g.Name)
            .Select(x => new GroupRow(
                x.g.Id, x.g.Name, x.Community, x.g.Language, x.g.Format, x.g.Focus, x.g.MeetingPattern,
                db.GroupFacilitators.Any(f => f.GroupId == x.g.Id && f.UserId == userId),
                db.GroupMemberships.Where(m => m.GroupId == x.g.Id && m.UserId == userId).Select(m => (MembershipStatus?)m.Status).FirstOrDefault()))
            .ToListAsync(HttpContext.RequestAborted);
        var mayJoin = User.IsInRole(Roles.Member) || User.IsInRole(Roles.PeerSupporter);
        Mine = [.. rows.Where(r => r.Facilitates || r.Membership is not (null or MembershipStatus.Left or MembershipStatus.Declined))];
        Others = CanCreate ? [.. rows.Except(Mine)] : mayJoin ? [.. rows.Except(Mine)] : [];
    }

    public sealed record GroupRow(
        Guid Id, string Name, string Community, string Language, GroupFormat Format, string Focus, string MeetingPattern,
        bool Facilitates, MembershipStatus? Membership);
}
