namespace Circles.Web.Features.Needs;

public enum ReferralStatus
{
    Sent,
    Accepted,
    Waiting,
    HelpReceived,
    Declined,
    NotSuitable,
}
