using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Volunteering;

/// <summary>Where a person stands with one requirement.</summary>
public enum RequirementStatus
{
    /// <summary>Done, and not yet in its renewal window.</summary>
    Current,

    /// <summary>Done, and lapsing within the renewal window: still counts (assignable), and reminded.</summary>
    RenewalDue,

    /// <summary>Lapsed: from its expiry date on, it no longer counts.</summary>
    Expired,

    /// <summary>Never recorded.</summary>
    Missing,
}

/// <summary>
/// The one place that turns a completion into a standing. A completion on <c>CompletedOn</c>
/// expires on <c>CompletedOn + ValidityMonths</c> (calendar months; the 31st falls back to the
/// month's last day) and counts up to the day before. With <c>d</c> days left until that date:
/// Expired when <c>d ≤ 0</c>; Renewal due when <c>d ≤ RenewalWindowDays</c>; Current otherwise.
/// A reminder shows when <c>d ≤ 60</c> (and for expired ones), naming the nearest threshold
/// reached: 60, 30 or 7 days (<c>d = 31</c> → "60 days", <c>d = 30</c> → "30 days",
/// <c>d = 8</c> → "30 days", <c>d = 7</c> → "7 days"). Days are UTC calendar days.
/// </summary>
public static class RequirementRule
{
    /// <summary>The reminder thresholds, widest first.</summary>
    public static readonly IReadOnlyList<int> ReminderThresholds = [60, 30, 7];

    public static DateOnly ExpiresOn(DateOnly completedOn, int validityMonths) => completedOn.AddMonths(validityMonths);

    public static Standing Evaluate(DateOnly? completedOn, int validityMonths, int renewalWindowDays, TimeProvider clock) =>
        Evaluate(completedOn, validityMonths, renewalWindowDays, clock.UtcToday());

    public static Standing Evaluate(DateOnly? completedOn, int validityMonths, int renewalWindowDays, DateOnly today)
    {
        if (completedOn is not { } done)
        {
            return new Standing(RequirementStatus.Missing, null, null, null);
        }
        var expiresOn = ExpiresOn(done, validityMonths);
        var daysLeft = expiresOn.DayNumber - today.DayNumber;
        var status = daysLeft <= 0 ? RequirementStatus.Expired
            : daysLeft <= renewalWindowDays ? RequirementStatus.RenewalDue
            : RequirementStatus.Current;
        int? threshold = daysLeft <= 0 ? 0 : ReminderThresholds.Where(t => daysLeft <= t).Select(t => (int?)t).LastOrDefault();
        return new Standing(status, expiresOn, daysLeft, threshold);
    }

    /// <summary>
    /// The standing of one requirement. <see cref="ReminderThreshold"/>: null for no reminder,
    /// 60, 30 or 7 for "expires within that many days", 0 for expired.
    /// </summary>
    public sealed record Standing(RequirementStatus Status, DateOnly? ExpiresOn, int? DaysLeft, int? ReminderThreshold)
    {
        /// <summary>Whether it lets the person do what the role needs: Current or Renewal due.</summary>
        public bool Counts => Status is RequirementStatus.Current or RequirementStatus.RenewalDue;

        public bool Reminded => ReminderThreshold is not null;
    }
}
