using System.Linq.Expressions;
using System.Security.Claims;
using LinqKit;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Stories;

/// <summary>Who is reading: enough to decide which stories they may see.</summary>
public sealed record StoryReader(Guid? UserId, bool IsStaff, IReadOnlyCollection<Guid> GroupIds)
{
    /// <summary>Anyone on the public pages: public stories only.</summary>
    public static readonly StoryReader Public = new(null, false, []);
}

/// <summary>
/// The one rule for who may read a story, applied to the query itself so that a restricted story
/// never reaches a list, a search, a count or a feed of someone outside its audience (the leak
/// other systems have had: restricted items in anonymous browse lists). Every page that shows
/// stories to anyone other than their author reads them through <see cref="VisibleTo"/>, or, in
/// a compiled query (the group page's stories), through the <see cref="MayRead"/> it applies.
/// A story is shown only while all of these hold: the author approved a version, it is not
/// withdrawn, its audience is beyond "only me", and its consent has not ended.
/// </summary>
public static class StoryVisibility
{
    /// <summary>
    /// The rule itself, as an expression so that it can be applied to a composed query
    /// (<see cref="VisibleTo"/>) and carried into a compiled one (LinqKit's <c>Invoke</c> and
    /// <c>Expand</c>, as the group page's stories do) without a second copy. A story whose
    /// audience is a group reaches only readers whose <c>groupIds</c> hold that group.
    /// </summary>
    internal static readonly Expression<Func<Story, DateOnly, bool, IEnumerable<Guid>, bool>> MayRead =
        (s, today, isStaff, groupIds) => s.Status == StoryStatus.Published
            && s.ApprovedVersionId != null
            && s.WithdrawnAt == null
            && s.Audience != StoryAudience.OnlyMe
            && (s.ConsentEndsOn == null || s.ConsentEndsOn >= today)
            && (s.Audience == StoryAudience.Public
                || (s.Audience == StoryAudience.Staff && isStaff)
                || (s.Audience == StoryAudience.Group && s.GroupId != null && groupIds.Contains(s.GroupId.Value)));

    /// <summary>The stories <paramref name="reader"/> may read today.</summary>
    public static IQueryable<Story> VisibleTo(this IQueryable<Story> stories, StoryReader reader, DateOnly today)
    {
        var groupIds = reader.GroupIds.ToList();
        var isStaff = reader.IsStaff;
        return stories.Where(Linq.Expr((Story s) => MayRead.Invoke(s, today, isStaff, groupIds)).Expand());
    }

    /// <summary>A signed-in person as a reader: staff if a coordinator or facilitator; their groups are those they are an active member or a facilitator of.</summary>
    public static async Task<StoryReader> ReaderAsync(this CirclesDb db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return StoryReader.Public;
        }
        var groupIds = await db.GroupMemberships
            .Where(m => m.UserId == userId && m.Status == MembershipStatus.Active)
            .Select(m => m.GroupId)
            .Union(db.GroupFacilitators.Where(f => f.UserId == userId).Select(f => f.GroupId))
            .ToListAsync(cancellationToken);
        return new StoryReader(userId, IsStaff(user), groupIds);
    }

    /// <summary>
    /// The same reader narrowed to one group, from what <paramref name="viewer"/> already knows of
    /// it: the group is theirs when they are an active member or one of its facilitators.
    /// </summary>
    public static StoryReader ReaderIn(ClaimsPrincipal user, GroupViewer? viewer) =>
        viewer is null ? StoryReader.Public
        : new StoryReader(viewer.UserId, IsStaff(user), viewer.IsActiveMember || viewer.IsFacilitator ? [viewer.Group.Id] : []);

    private static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Facilitator);
}
