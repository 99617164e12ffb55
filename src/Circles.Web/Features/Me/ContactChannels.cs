namespace Circles.Web.Features.Me;

[Flags]
public enum ContactChannels
{
    None = 0,
    InApp = 1,
    InPersonAtGroup = 2,
    PhoneCall = 4,
    TextMessage = 8,

    /// <summary>Neutral notification emails only; never content (SEC-7).</summary>
    Email = 16,
}
