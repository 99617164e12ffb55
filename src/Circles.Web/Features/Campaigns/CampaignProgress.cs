namespace Circles.Web.Features.Campaigns;

/// <summary>Where a campaign stands in time.</summary>
public enum CampaignPhase
{
    Upcoming,
    Current,
    Past,
}

/// <summary>What the system knows about a campaign, counted from its records.</summary>
public sealed record CampaignFacts(int Reach, int Attendance, int EventsHeld, int TasksDone)
{
    public static readonly CampaignFacts None = new(0, 0, 0, 0);
}

/// <summary>One goal against its target: percent may pass 100 (the goal was beaten); the bar stops at the target.</summary>
public sealed record GoalProgress(Guid Id, string Measure, GoalKind Kind, int Target, int Actual, int Percent, int BarValue)
{
    public bool Reached => Actual >= Target;
}

/// <summary>A reach figure in the running total: the day, what was added that day, the total so far.</summary>
public sealed record ReachPoint(DateOnly On, int Added, int Total);

/// <summary>
/// The one place a campaign's progress is computed: a goal's actual value (computed for the kinds
/// the system knows, entered for <see cref="GoalKind.Other"/>), its percent of the target, how far
/// through its dates the campaign is, which tasks are overdue, and reach over time. Pure: the
/// pages load the counts, this decides what they mean.
/// </summary>
public static class CampaignProgress
{
    public static int ActualOf(GoalKind kind, int? enteredActual, CampaignFacts facts) => kind switch
    {
        GoalKind.Reach => facts.Reach,
        GoalKind.EventAttendance => facts.Attendance,
        GoalKind.EventsHeld => facts.EventsHeld,
        GoalKind.TasksDone => facts.TasksDone,
        _ => enteredActual ?? 0,
    };

    /// <summary>Percent of the target, rounded down and not capped: 600 of 500 is 120%.</summary>
    public static int Percent(int actual, int target) =>
        target <= 0 ? 0 : (int)Math.Min(int.MaxValue, (long)actual * 100 / target);

    public static GoalProgress Of(Guid id, string measure, GoalKind kind, int target, int? enteredActual, CampaignFacts facts)
    {
        var actual = ActualOf(kind, enteredActual, facts);
        return new GoalProgress(id, measure, kind, target, actual, Percent(actual, target), Math.Clamp(actual, 0, Math.Max(target, 0)));
    }

    public static CampaignPhase PhaseOn(DateOnly today, DateOnly startsOn, DateOnly endsOn) =>
        today < startsOn ? CampaignPhase.Upcoming : today > endsOn ? CampaignPhase.Past : CampaignPhase.Current;

    /// <summary>
    /// How far through its days the campaign is, 0 before it starts and 100 after it ends; the
    /// first day counts as begun and the last as whole (a one-day campaign is 100% on its day).
    /// </summary>
    public static int PercentThrough(DateOnly today, DateOnly startsOn, DateOnly endsOn)
    {
        if (today < startsOn)
        {
            return 0;
        }
        if (today >= endsOn)
        {
            return 100;
        }
        var days = endsOn.DayNumber - startsOn.DayNumber + 1;
        var gone = today.DayNumber - startsOn.DayNumber + 1;
        return gone * 100 / days;
    }

    /// <summary>An event counts as held once its day has come.</summary>
    public static bool IsHeld(DateOnly heldOn, DateOnly today) => heldOn <= today;

    /// <summary>Open and past its due date; a task due today is not overdue yet.</summary>
    public static bool IsOverdue(DateOnly? dueOn, DateTime? doneAt, DateOnly today) =>
        doneAt is null && dueOn is { } due && due < today;

    /// <summary>Open and due within the next <paramref name="days"/> days, or overdue.</summary>
    public static bool IsDueSoon(DateOnly? dueOn, DateTime? doneAt, DateOnly today, int days = 7) =>
        doneAt is null && dueOn is { } due && due <= today.AddDays(days);

    /// <summary>Reach figures summed per day, in date order, with the running total.</summary>
    public static IReadOnlyList<ReachPoint> RunningTotals(IEnumerable<(DateOnly On, int Count)> figures)
    {
        var points = new List<ReachPoint>();
        var total = 0;
        foreach (var day in figures.GroupBy(f => f.On).OrderBy(g => g.Key))
        {
            var added = day.Sum(f => f.Count);
            total += added;
            points.Add(new ReachPoint(day.Key, added, total));
        }
        return points;
    }
}
