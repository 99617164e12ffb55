using Circles.Web.Features.Campaigns;

namespace Circles.UnitTests.Features.Campaigns;

/// <summary>A campaign's progress against its goals, its dates, and its tasks on a given day (CampaignProgress).</summary>
public sealed class CampaignProgressTests
{
    private static readonly CampaignFacts Facts = new(Reach: 620, Attendance: 85, EventsHeld: 2, TasksDone: 3);

    [Theory]
    [InlineData(GoalKind.Reach, null, 620)]
    [InlineData(GoalKind.EventAttendance, null, 85)]
    [InlineData(GoalKind.EventsHeld, null, 2)]
    [InlineData(GoalKind.TasksDone, null, 3)]
    [InlineData(GoalKind.Reach, 7, 620)] // an entered number never overrides what the system counts
    [InlineData(GoalKind.Other, 2, 2)]
    [InlineData(GoalKind.Other, null, 0)]
    public void ActualOf_EachKind_ComputedOrEntered(GoalKind kind, int? entered, int expected) =>
        Assert.Equal(expected, CampaignProgress.ActualOf(kind, entered, Facts));

    [Theory]
    [InlineData(0, 500, 0)]
    [InlineData(250, 500, 50)]
    [InlineData(499, 500, 99)] // rounded down: 99.8% is not yet the goal
    [InlineData(500, 500, 100)]
    [InlineData(620, 500, 124)] // not capped: beating a goal shows
    [InlineData(5, 0, 0)]
    public void Percent_OfTheTarget_RoundedDownAndNotCapped(int actual, int target, int expected) =>
        Assert.Equal(expected, CampaignProgress.Percent(actual, target));

    [Fact]
    public void Of_AGoalBeaten_ShowsOver100Percent_ButTheBarStopsAtTheTarget()
    {
        var goal = CampaignProgress.Of(Guid.NewGuid(), "People reached", GoalKind.Reach, 500, null, Facts);

        Assert.Equal(620, goal.Actual);
        Assert.Equal(124, goal.Percent);
        Assert.Equal(500, goal.BarValue);
        Assert.True(goal.Reached);
    }

    [Fact]
    public void Of_AnEnteredGoalShortOfItsTarget_IsNotReached()
    {
        var goal = CampaignProgress.Of(Guid.NewGuid(), "Partners endorsing", GoalKind.Other, 4, 2, Facts);

        Assert.Equal(50, goal.Percent);
        Assert.Equal(2, goal.BarValue);
        Assert.False(goal.Reached);
    }

    [Theory]
    [InlineData("2026-02-28", CampaignPhase.Upcoming, 0)]
    [InlineData("2026-03-01", CampaignPhase.Current, 10)] // the first of 10 days has begun
    [InlineData("2026-03-05", CampaignPhase.Current, 50)]
    [InlineData("2026-03-10", CampaignPhase.Current, 100)] // its last day
    [InlineData("2026-03-11", CampaignPhase.Past, 100)]
    public void PhaseAndPercentThrough_OnEachDay(string today, CampaignPhase phase, int percent)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var start = new DateOnly(2026, 3, 1);
        var end = new DateOnly(2026, 3, 10);

        Assert.Equal(phase, CampaignProgress.PhaseOn(day, start, end));
        Assert.Equal(percent, CampaignProgress.PercentThrough(day, start, end));
    }

    [Fact]
    public void PercentThrough_AOneDayCampaign_IsWholeOnItsDay()
    {
        var day = new DateOnly(2026, 3, 1);
        Assert.Equal(100, CampaignProgress.PercentThrough(day, day, day));
        Assert.Equal(CampaignPhase.Current, CampaignProgress.PhaseOn(day, day, day));
    }

    [Fact]
    public void Tasks_OverdueAndDueSoon_OnAGivenDay()
    {
        var today = new DateOnly(2026, 11, 2);
        var done = new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);

        Assert.True(CampaignProgress.IsOverdue(today.AddDays(-1), null, today));
        Assert.False(CampaignProgress.IsOverdue(today, null, today)); // due today: not late yet
        Assert.False(CampaignProgress.IsOverdue(today.AddDays(-5), done, today)); // done: never overdue
        Assert.False(CampaignProgress.IsOverdue(null, null, today));
        Assert.True(CampaignProgress.IsDueSoon(today.AddDays(7), null, today));
        Assert.False(CampaignProgress.IsDueSoon(today.AddDays(8), null, today));
        Assert.True(CampaignProgress.IsDueSoon(today.AddDays(-30), null, today));
        Assert.False(CampaignProgress.IsDueSoon(today.AddDays(1), done, today));
    }

    [Fact]
    public void RunningTotals_SumsEachDayInDateOrder()
    {
        var march = (int day) => new DateOnly(2026, 3, day);

        var points = CampaignProgress.RunningTotals([(march(9), 60), (march(1), 120), (march(5), 85), (march(1), 30)]);

        Assert.Equal([new ReachPoint(march(1), 150, 150), new ReachPoint(march(5), 85, 235), new ReachPoint(march(9), 60, 295)], points);
    }
}
