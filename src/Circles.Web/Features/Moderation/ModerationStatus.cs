namespace Circles.Web.Features.Moderation;

/// <summary>Peer-written text waits for a coordinator before other members see it.</summary>
public enum ModerationStatus
{
    Pending,
    Approved,
    Rejected,
}
