namespace Circles.Web.Features.Peers;

/// <summary>Kinds of lived experience a person may choose to declare; the names stay plain and neutral.</summary>
[Flags]
public enum SharedExperience
{
    None = 0,
    Work = 1,
    Sexual = 2,
    DomesticServitude = 4,
    ForcedCrime = 8,
    Marriage = 16,
    Debt = 32,
    Online = 64,
}
