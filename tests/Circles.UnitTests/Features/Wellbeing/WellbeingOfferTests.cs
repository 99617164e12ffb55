using Circles.Web.Features.Wellbeing;
using Microsoft.Extensions.Time.Testing;

namespace Circles.UnitTests.Features.Wellbeing;

/// <summary>When a calendar rhythm offers the check-in, read from a clock the test moves by hand.</summary>
public sealed class WellbeingOfferTests
{
    private static readonly DateTime LastCheckIn = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    private static bool DueAfter(WellbeingRhythm rhythm, TimeSpan elapsed)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(LastCheckIn));
        clock.Advance(elapsed);
        return WellbeingOffer.IsDueByCalendar(rhythm, LastCheckIn, clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public void Weekly_IsDueAfterSevenDays()
    {
        Assert.False(DueAfter(WellbeingRhythm.Weekly, TimeSpan.FromDays(6.9)));
        Assert.True(DueAfter(WellbeingRhythm.Weekly, TimeSpan.FromDays(7)));
    }

    [Fact]
    public void EveryTwoWeeks_IsDueAfterFourteenDays()
    {
        Assert.False(DueAfter(WellbeingRhythm.EveryTwoWeeks, TimeSpan.FromDays(13)));
        Assert.True(DueAfter(WellbeingRhythm.EveryTwoWeeks, TimeSpan.FromDays(14)));
    }

    [Fact]
    public void Monthly_IsDueAfterACalendarMonth()
    {
        // 10 March to 10 April is 31 days.
        Assert.False(DueAfter(WellbeingRhythm.Monthly, TimeSpan.FromDays(30)));
        Assert.True(DueAfter(WellbeingRhythm.Monthly, TimeSpan.FromDays(31)));
    }

    [Theory]
    [InlineData(WellbeingRhythm.Weekly)]
    [InlineData(WellbeingRhythm.EveryTwoWeeks)]
    [InlineData(WellbeingRhythm.Monthly)]
    public void CalendarRhythms_AreDueWhenThereIsNoCheckInYet(WellbeingRhythm rhythm)
    {
        Assert.True(WellbeingOffer.IsDueByCalendar(rhythm, null, LastCheckIn));
    }

    [Theory]
    [InlineData(WellbeingRhythm.WhenIChoose)]
    [InlineData(WellbeingRhythm.AfterSessions)]
    public void WhenIChoose_AndAfterSessions_AreNeverDueByTheCalendar(WellbeingRhythm rhythm)
    {
        Assert.False(WellbeingOffer.IsDueByCalendar(rhythm, null, LastCheckIn));
        Assert.False(DueAfter(rhythm, TimeSpan.FromDays(400)));
    }

    [Fact]
    public async Task WhenIChoose_OffersNothing_WithoutLookingAnythingUp()
    {
        // No database at all: "when I choose" must decide before any query.
        var offer = new WellbeingOffer(null!, new FakeTimeProvider(DateTimeOffset.UnixEpoch));
        Assert.Null(await offer.ForAsync(Guid.NewGuid(), WellbeingRhythm.WhenIChoose, CancellationToken.None));
    }

    [Fact]
    public void Chart_PlacesHigherPercentagesHigher_AndSpansTheWidth()
    {
        var chart = new WellbeingChart([40, 64, 100]);
        var ys = chart.Points.Select(p => double.Parse(p.Y, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(ys[0] > ys[1] && ys[1] > ys[2]);
        Assert.Equal(WellbeingChart.Left.ToString(System.Globalization.CultureInfo.InvariantCulture), chart.Points[0].X);
        Assert.Equal((WellbeingChart.Width - WellbeingChart.Right).ToString(System.Globalization.CultureInfo.InvariantCulture), chart.Points[^1].X);
    }
}
