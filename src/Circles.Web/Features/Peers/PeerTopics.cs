namespace Circles.Web.Features.Peers;

/// <summary>Topics a peer supporter is willing to talk about and a member may want to talk about.</summary>
[Flags]
public enum PeerTopics
{
    None = 0,
    Housing = 1,
    Immigration = 2,
    Work = 4,
    Money = 8,
    Health = 16,
    Family = 32,
    Legal = 64,
    Loneliness = 128,
}
