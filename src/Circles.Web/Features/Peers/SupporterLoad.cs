namespace Circles.Web.Features.Peers;

/// <summary>
/// How heavy each peer supporter's load is: active matches against capacity, supervision
/// check-ins, and their own last answer to the wellbeing question. One place decides who may be
/// overloaded, so the coordinator's list, the coordinator's home and the peer's home agree
/// (<see cref="SupporterLoads"/> reads them).
/// </summary>
public sealed record SupporterLoad(
    Guid UserId,
    string UserName,
    int ActiveMatches,
    int Capacity,
    bool Paused,
    DateTime? LastHeld,
    DateTime? NextScheduled,
    int? LastWellbeing,
    bool SupervisionOverdue,
    int SupervisionEveryWeeks)
{
    /// <summary>The wellbeing answers that count as "this feels heavy".</summary>
    public const int HeavyWellbeing = 2;

    public bool AtCapacity => ActiveMatches >= Capacity;
    public bool FeelsHeavy => LastWellbeing is <= HeavyWellbeing;
    public bool Overloaded => AtCapacity || FeelsHeavy || SupervisionOverdue;
}
