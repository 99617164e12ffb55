using Circles.Web.Features.Wellbeing;

namespace Circles.UnitTests.Features.Wellbeing;

/// <summary>WHO-5 scoring: five items of 0–5, raw 0–25, percentage = raw × 4.</summary>
public sealed class Who5Tests
{
    [Fact]
    public void Raw_IsTheSumOfTheFiveItems()
    {
        Assert.Equal(16, Who5.Raw(3, 4, 2, 5, 2));
    }

    [Fact]
    public void Percentage_IsRawTimesFour()
    {
        Assert.Equal(64, Who5.Percentage(Who5.Raw(3, 4, 2, 5, 2)));
        Assert.Equal(52, Who5.Percentage(13));
    }

    [Fact]
    public void Extremes_AreZeroAndOneHundred()
    {
        Assert.Equal(0, Who5.Raw(0, 0, 0, 0, 0));
        Assert.Equal(0, Who5.Percentage(Who5.Raw(0, 0, 0, 0, 0)));
        Assert.Equal(25, Who5.Raw(5, 5, 5, 5, 5));
        Assert.Equal(100, Who5.Percentage(Who5.Raw(5, 5, 5, 5, 5)));
    }

    [Theory]
    [InlineData(6, 0, 0, 0, 0)]
    [InlineData(0, 0, 0, 0, -1)]
    [InlineData(5, 5, 5, 5, 9)]
    public void Raw_RejectsAnItemOutsideZeroToFive(int a, int b, int c, int d, int e)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Who5.Raw(a, b, c, d, e));
    }

    [Fact]
    public void Raw_RejectsTooFewOrTooManyItems()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Who5.Raw(1, 2, 3, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Who5.Raw(1, 2, 3, 4, 5, 0));
    }

    [Fact]
    public void Items_AndAnswers_AreTheWho5Set()
    {
        Assert.Equal(5, Who5.Items.Count);
        Assert.Equal([5, 4, 3, 2, 1, 0], Who5.Answers.Select(a => a.Value));
        Assert.Equal("All of the time", Who5.Answers[0].Label);
        Assert.Equal("At no time", Who5.Answers[^1].Label);
    }

    [Fact]
    public void CheckIn_ScoresItsOwnItems()
    {
        var checkIn = new WellbeingCheckIn { Item1 = 2, Item2 = 2, Item3 = 2, Item4 = 2, Item5 = 2 };
        Assert.Equal(10, checkIn.RawScore);
        Assert.Equal(40, checkIn.Percentage);
        Assert.True(checkIn.RawScore < Who5.LowWellbeingBelowRaw);
    }
}
