namespace Circles.Web.Features.Peers;

/// <summary>When someone is usually free; a match needs some overlap to talk comfortably.</summary>
[Flags]
public enum Availability
{
    None = 0,
    WeekdayMornings = 1,
    WeekdayAfternoons = 2,
    WeekdayEvenings = 4,
    WeekendMornings = 8,
    WeekendAfternoons = 16,
    WeekendEvenings = 32,
}
