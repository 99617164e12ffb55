using Circles.Web.Features.Groups;

namespace Circles.Web.Features.Sessions;

/// <summary>A session and what the signed-in person is to its group; who may see it is <see cref="SessionAccess"/>'s call.</summary>
public sealed record SessionViewer(GroupSession Session, GroupViewer Group)
{
    public DateTime LocalStart => SessionTimes.ToLocal(Session.StartsAt, Group.Group.TimeZone);
}
