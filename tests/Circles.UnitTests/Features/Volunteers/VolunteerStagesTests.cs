using Circles.Web.Features.Volunteers;
using static Circles.Web.Features.Volunteers.VolunteerStage;

namespace Circles.UnitTests.Features.Volunteers;

/// <summary>The stage rules of the volunteer pipeline (issue 15), and the time-in-stage arithmetic of the board.</summary>
public sealed class VolunteerStagesTests
{
    [Theory]
    [InlineData(Interest, Conversation)]
    [InlineData(Conversation, Screening)]
    [InlineData(Training, Active)]
    [InlineData(Interest, Paused)]
    [InlineData(Active, Paused)]
    [InlineData(Interest, Left)]
    [InlineData(Active, Left)]
    [InlineData(Paused, Left)]
    public void Check_AllowedMove_IsAllowed(VolunteerStage from, VolunteerStage to) =>
        Assert.Null(VolunteerStages.Check(from, to, pausedFrom: null, screeningRecorded: false));

    [Theory]
    [InlineData(Interest, Screening, StageMoveRefusal.OneStageForward)]
    [InlineData(Interest, Active, StageMoveRefusal.OneStageForward)]
    [InlineData(Training, Screening, StageMoveRefusal.OneStageForward)]
    [InlineData(Conversation, Interest, StageMoveRefusal.OneStageForward)]
    [InlineData(Active, Training, StageMoveRefusal.ActiveIsLast)]
    [InlineData(Interest, Interest, StageMoveRefusal.SameStage)]
    [InlineData(Paused, Paused, StageMoveRefusal.SameStage)]
    [InlineData(Left, Interest, StageMoveRefusal.LeftIsFinal)]
    [InlineData(Left, Left, StageMoveRefusal.LeftIsFinal)]
    [InlineData(Left, Paused, StageMoveRefusal.LeftIsFinal)]
    public void Check_ForbiddenMove_IsRefusedWithItsReason(VolunteerStage from, VolunteerStage to, StageMoveRefusal reason) =>
        Assert.Equal(reason, VolunteerStages.Check(from, to, pausedFrom: null, screeningRecorded: true));

    [Fact]
    public void Check_FromPaused_GoesBackOnlyToTheStageTheyPausedIn()
    {
        Assert.Null(VolunteerStages.Check(Paused, Training, pausedFrom: Training, screeningRecorded: true));
        Assert.Equal(StageMoveRefusal.BackToPausedStage, VolunteerStages.Check(Paused, Active, pausedFrom: Training, screeningRecorded: true));
        Assert.Equal(StageMoveRefusal.BackToPausedStage, VolunteerStages.Check(Paused, Interest, pausedFrom: Training, screeningRecorded: true));
        Assert.Equal(StageMoveRefusal.BackToPausedStage, VolunteerStages.Check(Paused, Interest, pausedFrom: null, screeningRecorded: true));
    }

    [Fact]
    public void Check_ScreeningToTraining_NeedsBothScreeningRecords()
    {
        Assert.Equal(StageMoveRefusal.ScreeningNotRecorded, VolunteerStages.Check(Screening, Training, null, screeningRecorded: false));
        Assert.Null(VolunteerStages.Check(Screening, Training, null, screeningRecorded: true));
        // Pausing or leaving during screening does not need them.
        Assert.Null(VolunteerStages.Check(Screening, Paused, null, screeningRecorded: false));
    }

    [Fact]
    public void Targets_OfEachStage_AreWhatTheRulesAllow()
    {
        Assert.Equal([Conversation, Paused, Left], VolunteerStages.Targets(Interest, null));
        Assert.Equal([Paused, Left], VolunteerStages.Targets(Active, null));
        Assert.Equal([Screening, Left], VolunteerStages.Targets(Paused, Screening));
        Assert.Empty(VolunteerStages.Targets(Left, null));
    }

    [Fact]
    public void PausedFrom_IsWhereTheLastPauseCameFrom()
    {
        Assert.Equal(Training, VolunteerStages.PausedFrom([(Interest, Paused), (Paused, Interest), (Interest, Conversation), (Conversation, Screening), (Screening, Training), (Training, Paused)]));
        Assert.Null(VolunteerStages.PausedFrom([(Interest, Conversation)]));
    }

    [Fact]
    public void DaysPerStay_CountsUntilTheNextMove_AndTheCurrentStageUntilToday_ButNotLeft()
    {
        var applied = new DateOnly(2026, 10, 1);
        var stays = VolunteerStages.Stays(applied, [(Conversation, new DateOnly(2026, 10, 5)), (Screening, new DateOnly(2026, 10, 15)), (Left, new DateOnly(2026, 10, 20))]);

        var days = VolunteerStages.DaysPerStay(stays, today: new DateOnly(2026, 11, 1)).ToList();

        Assert.Equal([(Interest, 4), (Conversation, 10), (Screening, 5)], days);
    }

    [Fact]
    public void Median_OddEvenAndNone()
    {
        Assert.Equal(4, VolunteerStages.Median([10, 4, 1]));
        Assert.Equal(7, VolunteerStages.Median([10, 4]));
        Assert.Null(VolunteerStages.Median([]));
    }
}
