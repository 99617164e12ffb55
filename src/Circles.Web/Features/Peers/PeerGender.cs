namespace Circles.Web.Features.Peers;

public enum PeerGender
{
    NotSaid,
    Woman,
    Man,
    NonBinary,
}
