namespace Circles.Web.Features.Volunteers;

/// <summary>Why a move between stages is refused; the page words it (VolunteerStages.Explain).</summary>
public enum StageMoveRefusal
{
    SameStage,
    LeftIsFinal,
    OneStageForward,
    ActiveIsLast,
    BackToPausedStage,
    ScreeningNotRecorded,
}

/// <summary>
/// THE rules of the volunteer pipeline (issue 15): forward one stage at a time along Interest →
/// Conversation → Screening → Training → Active; Paused and Left from any stage; from Paused
/// back to the stage they paused in, or Left; Left is final (someone who returns applies again);
/// Screening → Training only with both screening records. Pure, so the unit tests read like the rules.
/// </summary>
public static class VolunteerStages
{
    public const int NoteMaximumLength = 1000;

    /// <summary>The way forward, in order.</summary>
    public static readonly IReadOnlyList<VolunteerStage> Pipeline =
        [VolunteerStage.Interest, VolunteerStage.Conversation, VolunteerStage.Screening, VolunteerStage.Training, VolunteerStage.Active];

    /// <summary>Every stage, in the order the board shows them.</summary>
    public static readonly IReadOnlyList<VolunteerStage> All = [.. Pipeline, VolunteerStage.Paused, VolunteerStage.Left];

    public static bool IsInPipeline(VolunteerStage stage) => stage is not (VolunteerStage.Paused or VolunteerStage.Left);

    /// <summary>The next stage forward, or null from Active, Paused and Left.</summary>
    public static VolunteerStage? Next(VolunteerStage stage) =>
        IsInPipeline(stage) && stage != VolunteerStage.Active ? Pipeline[Pipeline.ToList().IndexOf(stage) + 1] : null;

    /// <param name="pausedFrom">When <paramref name="from"/> is Paused: the stage they paused in (from the history).</param>
    /// <param name="screeningRecorded">Both the references and the background check are recorded as done.</param>
    /// <returns>null when the move is allowed.</returns>
    public static StageMoveRefusal? Check(VolunteerStage from, VolunteerStage to, VolunteerStage? pausedFrom, bool screeningRecorded)
    {
        if (from == VolunteerStage.Left)
        {
            return StageMoveRefusal.LeftIsFinal;
        }
        if (from == to)
        {
            return StageMoveRefusal.SameStage;
        }
        if (to is VolunteerStage.Left)
        {
            return null;
        }
        if (from == VolunteerStage.Paused)
        {
            return to == pausedFrom ? null : StageMoveRefusal.BackToPausedStage;
        }
        if (to is VolunteerStage.Paused)
        {
            return null;
        }
        if (Next(from) is not { } next)
        {
            return StageMoveRefusal.ActiveIsLast;
        }
        if (to != next)
        {
            return StageMoveRefusal.OneStageForward;
        }
        return from == VolunteerStage.Screening && !screeningRecorded ? StageMoveRefusal.ScreeningNotRecorded : null;
    }

    /// <summary>The stages a move from <paramref name="from"/> may go to (the screening gate aside), for the form's choices.</summary>
    public static IReadOnlyList<VolunteerStage> Targets(VolunteerStage from, VolunteerStage? pausedFrom) =>
        [.. All.Where(to => Check(from, to, pausedFrom, screeningRecorded: true) is null)];

    /// <summary>The stage someone paused in: where the last move into Paused came from.</summary>
    public static VolunteerStage? PausedFrom(IEnumerable<(VolunteerStage From, VolunteerStage To)> movesInOrder) =>
        movesInOrder.LastOrDefault(m => m.To == VolunteerStage.Paused) is { To: VolunteerStage.Paused } last ? last.From : null;

    /// <summary>
    /// The stays of one person: each stage they entered and the day they entered it, in order.
    /// They entered Interest the day they applied; each move starts a stay in its target stage.
    /// </summary>
    public static IReadOnlyList<(VolunteerStage Stage, DateOnly Entered)> Stays(DateOnly applied, IEnumerable<(VolunteerStage To, DateOnly On)> movesInOrder) =>
        [(VolunteerStage.Interest, applied), .. movesInOrder.Select(m => (m.To, m.On))];

    /// <summary>
    /// Days spent in each stay: until the next move, or until <paramref name="today"/> for the
    /// stage they are in now (not for Left, which is not a stay).
    /// </summary>
    public static IEnumerable<(VolunteerStage Stage, int Days)> DaysPerStay(IReadOnlyList<(VolunteerStage Stage, DateOnly Entered)> stays, DateOnly today)
    {
        for (var i = 0; i < stays.Count; i++)
        {
            var (stage, entered) = stays[i];
            if (stage == VolunteerStage.Left)
            {
                continue;
            }
            var until = i + 1 < stays.Count ? stays[i + 1].Entered : today;
            yield return (stage, Math.Max(0, until.DayNumber - entered.DayNumber));
        }
    }

    /// <summary>The median of some whole days (the mean of the two middle ones for an even count); null for none.</summary>
    public static double? Median(IEnumerable<int> days)
    {
        var sorted = days.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
