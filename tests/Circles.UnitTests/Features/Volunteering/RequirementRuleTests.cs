using System.Text;
using Circles.Web.Features.Volunteering;
using Microsoft.Extensions.Time.Testing;

namespace Circles.UnitTests.Features.Volunteering;

/// <summary>
/// The one rule for requirements (issue 15): expiry = completed on + validity; Expired from the
/// expiry day on; Renewal due within the window; reminders at 60, 30 and 7 days, each boundary
/// checked the day before, the day of and the day after, on a fake clock.
/// </summary>
public sealed class RequirementRuleTests
{
    private static readonly DateOnly CompletedOn = new(2026, 1, 15);

    /// <summary>12 months' validity: expires on 15 January 2027.</summary>
    private static readonly DateOnly ExpiresOn = new(2027, 1, 15);

    private static FakeTimeProvider ClockOn(DateOnly day, int hour = 9) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero));

    private static RequirementRule.Standing On(int daysBeforeExpiry, int windowDays = 60, int hour = 9) =>
        RequirementRule.Evaluate(CompletedOn, 12, windowDays, ClockOn(ExpiresOn.AddDays(-daysBeforeExpiry), hour));

    [Fact]
    public void Expiry_IsCompletedOnPlusTheValidity_InCalendarMonths()
    {
        Assert.Equal(ExpiresOn, RequirementRule.ExpiresOn(CompletedOn, 12));
        Assert.Equal(new DateOnly(2028, 1, 15), RequirementRule.ExpiresOn(CompletedOn, 24));
        // The 31st falls back to the last day of a shorter month.
        Assert.Equal(new DateOnly(2026, 2, 28), RequirementRule.ExpiresOn(new DateOnly(2026, 1, 31), 1));
    }

    [Fact]
    public void NeverRecorded_IsMissing_AndDoesNotCount()
    {
        var standing = RequirementRule.Evaluate(null, 12, 60, ClockOn(ExpiresOn));
        Assert.Equal(RequirementStatus.Missing, standing.Status);
        Assert.False(standing.Counts);
        Assert.False(standing.Reminded);
    }

    [Theory]
    // The day before expiry it still counts (renewal due); on the day and after, expired.
    [InlineData(1, RequirementStatus.RenewalDue, true)]
    [InlineData(0, RequirementStatus.Expired, false)]
    [InlineData(-1, RequirementStatus.Expired, false)]
    // The renewal window (60 days): the day before it opens, the day it opens, the day after.
    [InlineData(61, RequirementStatus.Current, true)]
    [InlineData(60, RequirementStatus.RenewalDue, true)]
    [InlineData(59, RequirementStatus.RenewalDue, true)]
    public void Status_AroundExpiryAndTheRenewalWindow(int daysBeforeExpiry, RequirementStatus expected, bool counts)
    {
        var standing = On(daysBeforeExpiry);
        Assert.Equal(expected, standing.Status);
        Assert.Equal(counts, standing.Counts);
        Assert.Equal(ExpiresOn, standing.ExpiresOn);
        Assert.Equal(daysBeforeExpiry, standing.DaysLeft);
    }

    [Fact]
    public void TheWindow_IsTheRequirementsOwn()
    {
        Assert.Equal(RequirementStatus.Current, On(31, windowDays: 30).Status);
        Assert.Equal(RequirementStatus.RenewalDue, On(30, windowDays: 30).Status);
        Assert.Equal(RequirementStatus.Expired, On(0, windowDays: 0).Status);
        Assert.Equal(RequirementStatus.Current, On(1, windowDays: 0).Status);
    }

    [Theory]
    [InlineData(61, null)]
    [InlineData(60, 60)]
    [InlineData(59, 60)]
    [InlineData(31, 60)]
    [InlineData(30, 30)]
    [InlineData(29, 30)]
    [InlineData(8, 30)]
    [InlineData(7, 7)]
    [InlineData(6, 7)]
    [InlineData(1, 7)]
    [InlineData(0, 0)]
    [InlineData(-30, 0)]
    public void Reminder_NamesTheNearestThresholdReached(int daysBeforeExpiry, int? threshold)
    {
        var standing = On(daysBeforeExpiry);
        Assert.Equal(threshold, standing.ReminderThreshold);
        Assert.Equal(threshold is not null, standing.Reminded);
    }

    [Fact]
    public void Days_AreUtcCalendarDays_WhateverTheHour()
    {
        Assert.Equal(RequirementStatus.RenewalDue, On(1, hour: 0).Status);
        Assert.Equal(RequirementStatus.RenewalDue, On(1, hour: 23).Status);
        var clock = ClockOn(ExpiresOn.AddDays(-1), 23);
        Assert.Equal(RequirementStatus.RenewalDue, RequirementRule.Evaluate(CompletedOn, 12, 60, clock).Status);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(RequirementStatus.Expired, RequirementRule.Evaluate(CompletedOn, 12, 60, clock).Status);
    }
}

public sealed class HoursRulesTests
{
    [Theory]
    [InlineData("0.25", 1)]
    [InlineData("1", 4)]
    [InlineData("1.5", 6)]
    [InlineData("1,75", 7)]
    [InlineData(" 24 ", 96)]
    [InlineData("0", null)]
    [InlineData("0.2", null)]
    [InlineData("1.1", null)]
    [InlineData("24.25", null)]
    [InlineData("-1", null)]
    [InlineData("two", null)]
    [InlineData("", null)]
    public void Hours_AreQuarterHoursFrom025To24(string typed, int? quarters) =>
        Assert.Equal(quarters, HoursForm.Quarters(typed));

    [Fact]
    public void Csv_PrefixesFormulaCells_AndQuotesWhatNeedsIt_Sec23()
    {
        var bytes = HoursCsv.Write(["Name", "Assignment", "Approved hours"],
        [
            new("=cmd|' /C calc'!A0", "+SUM(A1)", 2.5m),
            new("@river", "-2, or \"more\"", 0.25m),
            new("ana", "Campaign event: Fair", 10m),
        ]);
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var lines = text.Split("\r\n");
        Assert.Equal("Name,Assignment,Approved hours", lines[0]);
        Assert.Equal("'=cmd|' /C calc'!A0,'+SUM(A1),2.5", lines[1]);
        Assert.Equal("'@river,\"'-2, or \"\"more\"\"\",0.25", lines[2]);
        Assert.Equal("ana,Campaign event: Fair,10", lines[3]);
    }
}
