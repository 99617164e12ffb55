using System.Security.Claims;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Sessions;

/// <summary>A session and what the signed-in person is to its group; null (404) for anyone outside it.</summary>
public sealed record SessionViewer(GroupSession Session, GroupViewer Group)
{
    public DateTime LocalStart => SessionTimes.ToLocal(Session.StartsAt, Group.Group.TimeZone);

    public static async Task<SessionViewer?> LoadAsync(CirclesDb db, ClaimsPrincipal user, Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await db.GroupSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return null;
        }
        var group = await GroupViewer.LoadAsync(db, user, session.GroupId, cancellationToken);
        var insider = group is not null && (group.CanManage || group.Membership is MembershipStatus.Active or MembershipStatus.Paused);
        return insider ? new SessionViewer(session, group!) : null;
    }
}
