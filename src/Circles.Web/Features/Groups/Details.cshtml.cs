using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Groups;

/// <summary>
/// One group. Members see what it is, its place once they are in, and can pause or leave
/// without giving a reason. Facilitators and coordinators manage who is in it.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DetailsModel(
    CirclesDb db, IAuthorizationService authorization, GroupViewers viewers, Memberships memberships, IStringLocalizer<SharedResource> l) : PageModel
{
    public GroupViewer Viewer { get; private set; } = null!;
    public string CommunityName { get; private set; } = "";
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Invitable { get; private set; } = [];
    public IReadOnlyList<string> Facilitators { get; private set; } = [];
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public int ActiveCount { get; private set; }
    public string? Message { get; private set; }

    public static readonly IReadOnlySet<string> DoneMessages = new HashSet<string>(StringComparer.Ordinal)
    {
        "requested", "joined", "paused", "resumed", "left", "approved", "declined", "removed", "invited",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, string? done = null)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        // Only the known outcomes: the link is not allowed to put its own words on the page.
        Message = done is not null && DoneMessages.Contains(done) ? l["Done:" + done].Value : null;
        return Page();
    }

    public Task<IActionResult> OnPostJoinAsync(Guid id) => ForSelfAsync(id, MembershipStatus.Requested, "requested");

    public Task<IActionResult> OnPostAcceptAsync(Guid id) => ForSelfAsync(id, MembershipStatus.Active, "joined");

    public Task<IActionResult> OnPostPauseAsync(Guid id) => ForSelfAsync(id, MembershipStatus.Paused, "paused");

    public Task<IActionResult> OnPostResumeAsync(Guid id) => ForSelfAsync(id, MembershipStatus.Active, "resumed");

    public Task<IActionResult> OnPostLeaveAsync(Guid id) => ForSelfAsync(id, MembershipStatus.Left, "left");

    public Task<IActionResult> OnPostApproveAsync(Guid id, Guid membershipId) => ForOtherAsync(id, membershipId, MembershipStatus.Active, "approved");

    public Task<IActionResult> OnPostDeclineAsync(Guid id, Guid membershipId) => ForOtherAsync(id, membershipId, MembershipStatus.Declined, "declined");

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid membershipId) => ForOtherAsync(id, membershipId, MembershipStatus.Left, "removed");

    public async Task<IActionResult> OnPostInviteAsync(Guid id, Guid userId)
    {
        if (!await LoadAsync(id, new ManageGroup()))
        {
            return NotFound();
        }
        if (Invitable.All(p => p.Id != userId))
        {
            return BadRequest();
        }
        var result = await memberships.StartAsync(Viewer.Group, userId, MembershipStatus.Invited, Viewer.UserId, HttpContext.RequestAborted);
        return await AfterAsync(id, result, "invited");
    }

    private async Task<IActionResult> ForSelfAsync(Guid id, MembershipStatus to, string done)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        MembershipResult result;
        if (Viewer.Membership is null)
        {
            result = to == MembershipStatus.Requested
                ? await memberships.StartAsync(Viewer.Group, Viewer.UserId, to, Viewer.UserId, HttpContext.RequestAborted)
                : MembershipResult.NotAllowed;
        }
        else
        {
            var mine = await db.GroupMemberships.FirstAsync(m => m.GroupId == id && m.UserId == Viewer.UserId, HttpContext.RequestAborted);
            // Nobody accepts their own request: only an invitation or a pause can be turned into "active" by the member.
            var selfActivationAllowed = to != MembershipStatus.Active || mine.Status is MembershipStatus.Invited or MembershipStatus.Paused;
            result = selfActivationAllowed
                ? await memberships.ChangeAsync(Viewer.Group, mine, to, Viewer.UserId, HttpContext.RequestAborted)
                : MembershipResult.NotAllowed;
        }
        return await AfterAsync(id, result, done);
    }

    private async Task<IActionResult> ForOtherAsync(Guid id, Guid membershipId, MembershipStatus to, string done)
    {
        if (!await LoadAsync(id, new ManageGroup()))
        {
            return NotFound();
        }
        var membership = await db.GroupMemberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.GroupId == id, HttpContext.RequestAborted);
        if (membership is null)
        {
            return NotFound();
        }
        // Facilitators approve requests; they do not bring back someone who paused or left.
        var result = to == MembershipStatus.Active && membership.Status != MembershipStatus.Requested
            ? MembershipResult.NotAllowed
            : await memberships.ChangeAsync(Viewer.Group, membership, to, Viewer.UserId, HttpContext.RequestAborted);
        return await AfterAsync(id, result, done);
    }

    private async Task<IActionResult> AfterAsync(Guid id, MembershipResult result, string done)
    {
        if (result == MembershipResult.Done)
        {
            return RedirectToPage("/Groups/Details", new { id, done });
        }
        await LoadAsync(id);
        Message = result switch
        {
            MembershipResult.GroupFull => l["The group is full. A place must free up first, or the capacity raised."],
            MembershipResult.Conflict => l["Someone else changed this at the same moment. Please look again and retry."],
            _ => l["That change is not possible now."],
        };
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, GroupRequirement? requirement = null)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var viewer = await authorization.AuthorizedGroupViewerAsync(viewers, User, id, requirement ?? new SeeGroup(), cancellationToken);
        if (viewer is null)
        {
            return false;
        }
        Viewer = viewer;
        var about = await SummaryOf(db, id, cancellationToken);
        if (about is null)
        {
            // Deleted since the line above.
            return false;
        }
        CommunityName = about.Community ?? "";
        ActiveCount = about.Active;
        Facilitators = await FacilitatorNamesOf(db, id).ToListAsync(cancellationToken);
        if (!viewer.CanManage)
        {
            return true;
        }

        Members = await db.GroupMemberships.Where(m => m.GroupId == id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, Name = u.UserName!, m.Status, m.UpdatedAt })
            .OrderBy(m => m.Status).ThenBy(m => m.Name)
            .Select(m => new MemberRow(m.Id, m.Name, m.Status, m.UpdatedAt))
            .ToListAsync(cancellationToken);
        var inGroup = db.GroupMemberships.Where(m => m.GroupId == id && m.Status != MembershipStatus.Left && m.Status != MembershipStatus.Declined).Select(m => m.UserId);
        var memberRoleIds = db.Roles.Where(r => r.Name == Roles.Member || r.Name == Roles.PeerSupporter).Select(r => r.Id);
        Invitable = [.. (await db.Users
            .Where(u => !inGroup.Contains(u.Id) && db.UserRoles.Any(ur => ur.UserId == u.Id && memberRoleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName })
            .ToListAsync(cancellationToken)).Select(u => (u.Id, u.UserName ?? ""))];
        History = await db.MembershipChanges
            .Join(db.GroupMemberships.Where(m => m.GroupId == id), c => c.MembershipId, m => m.Id, (c, m) => new { c, m.UserId })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.c, Member = u.UserName })
            .Join(db.Users, x => x.c.ByUserId, u => u.Id, (x, by) => new { x.Member, x.c.From, x.c.To, x.c.At, By = by.UserName })
            .OrderByDescending(h => h.At)
            .Take(30)
            .Select(h => new HistoryRow(h.Member!, h.From, h.To, h.At, h.By!))
            .ToListAsync(cancellationToken);
        return true;
    }

    private sealed record Summary(string? Community, int Active);

    // What every viewer of the page sees, compiled once (issue 17): the community's name and the
    // count of active members in one query, then the facilitators' names.
    private static readonly Func<CirclesDb, Guid, CancellationToken, Task<Summary?>> SummaryOf = EF.CompileAsyncQuery(
        (CirclesDb db, Guid id, CancellationToken cancellationToken) => db.SupportGroups
            .Where(g => g.Id == id)
            .Select(g => new Summary(
                db.Communities.Where(c => c.Id == g.CommunityId).Select(c => c.Name).FirstOrDefault(),
                db.GroupMemberships.Count(m => m.GroupId == g.Id && m.Status == MembershipStatus.Active)))
            .FirstOrDefault());

    private static readonly Func<CirclesDb, Guid, IAsyncEnumerable<string>> FacilitatorNamesOf = EF.CompileAsyncQuery<CirclesDb, Guid, string>(
        (CirclesDb db, Guid id) => db.GroupFacilitators
            .Where(f => f.GroupId == id)
            .Join(db.Users, f => f.UserId, u => u.Id, (f, u) => u.UserName!)
            .OrderBy(n => n));

    public sealed record MemberRow(Guid MembershipId, string Name, MembershipStatus Status, DateTime Since);

    public sealed record HistoryRow(string Member, MembershipStatus? From, MembershipStatus To, DateTime At, string By);
}
