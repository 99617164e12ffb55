using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Discussions;

/// <summary>Whether someone who sees a discussion may write in it now, and if not, why.</summary>
public enum PostingState
{
    Open,

    /// <summary>The group opens its discussion only while a facilitator is on duty, and nobody is.</summary>
    WaitingForFacilitator,

    /// <summary>A facilitator muted this person: they read but do not post.</summary>
    Muted,

    /// <summary>The group has no discussion (only its facilitators and coordinators reach the page, to be told so).</summary>
    Off,
}

/// <summary>
/// A group's discussion as someone let in by <see cref="DiscussionReaders"/> (SEC-19) finds it.
/// Who may post depends on the group's <see cref="DiscussionMode"/>: with
/// "while a facilitator is on duty" the room is read-only unless a duty is current, because
/// unmoderated rooms are where peer platforms see the most harm; facilitators can always write.
/// </summary>
public sealed record DiscussionAccess(
    GroupViewer Viewer, DiscussionRestrictionKind? Restriction, IReadOnlyList<CurrentDuty> Duties, DateTime? NextDutyAt, DateTime Now)
{
    public SupportGroup Group => Viewer.Group;
    public Guid UserId => Viewer.UserId;

    /// <summary>Facilitators of the group and coordinators: they keep the room (duty, hidden posts with reasons).</summary>
    public bool IsFacilitator => Viewer.CanManage;

    public bool FacilitatorOnDuty => Duties.Count > 0;
    public bool IAmOnDuty => Duties.Any(d => d.UserId == UserId);

    public PostingState Posting =>
        Group.DiscussionMode == DiscussionMode.Off ? PostingState.Off
        : Restriction == DiscussionRestrictionKind.Muted ? PostingState.Muted
        : IsFacilitator || Group.DiscussionMode == DiscussionMode.Always || FacilitatorOnDuty ? PostingState.Open
        : PostingState.WaitingForFacilitator;

    public bool CanPost => Posting == PostingState.Open;

    /// <summary>The room as <paramref name="viewer"/> finds it, once <see cref="DiscussionReaders"/> has let them in.</summary>
    public static async Task<DiscussionAccess> ForAsync(CirclesDb db, GroupViewer viewer, DateTime now, CancellationToken cancellationToken)
    {
        var groupId = viewer.Group.Id;
        // Facilitators keep the room: nobody mutes them.
        var restriction = viewer.CanManage ? null : await DiscussionRestrictions.CurrentAsync(db, groupId, viewer.UserId, now, cancellationToken);
        var duties = await db.FacilitatorDuties
            .Where(d => d.GroupId == groupId && d.StartedAt <= now && d.EndsAt > now)
            .Join(db.Users, d => d.UserId, u => u.Id, (d, u) => new CurrentDuty(d.UserId, u.UserName!, d.EndsAt))
            .ToListAsync(cancellationToken);
        var next = await db.FacilitatorDuties
            .Where(d => d.GroupId == groupId && d.StartedAt > now)
            .OrderBy(d => d.StartedAt)
            .Select(d => (DateTime?)d.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return new DiscussionAccess(viewer, restriction, duties, next, now);
    }

    /// <summary>Everyone who sees the group's discussion now: for live updates and reply notifications.</summary>
    public static async Task<IReadOnlyList<Guid>> AudienceAsync(CirclesDb db, SupportGroup group, DateTime now, CancellationToken cancellationToken)
    {
        var managers = await db.GroupFacilitators.Where(f => f.GroupId == group.Id).Select(f => f.UserId).ToListAsync(cancellationToken);
        var coordinatorRole = db.Roles.Where(r => r.Name == Roles.Coordinator).Select(r => r.Id);
        managers.AddRange(await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && coordinatorRole.Contains(ur.RoleId)))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken));
        if (group.DiscussionMode == DiscussionMode.Off)
        {
            return [.. managers.Distinct()];
        }
        var removed = DiscussionRestrictions.InForce(db, now).Where(r => r.GroupId == group.Id && r.Kind == DiscussionRestrictionKind.Removed).Select(r => r.UserId);
        var members = await db.GroupMemberships
            .Where(m => m.GroupId == group.Id && m.Status == MembershipStatus.Active && !removed.Contains(m.UserId))
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
        return [.. managers.Concat(members).Distinct()];
    }
}

public sealed record CurrentDuty(Guid UserId, string Name, DateTime EndsAt);
