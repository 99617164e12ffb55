using System.Globalization;

namespace Circles.Web.Features.Impact;

/// <summary>
/// The dashboard's filters as they arrive in the address (a GET form, so a chosen view can be
/// bookmarked, printed and exported with the same figures): a preset (last 3 or 12 months) or
/// a first and last calendar month, and all communities or one.
/// </summary>
public sealed class ImpactFilter
{
    /// <summary>How far back the month choices go.</summary>
    public const int MonthsOffered = 36;

    public const string Last3 = "3";
    public const string Last12 = "12";
    public const string Custom = "months";

    /// <summary><see cref="Last3"/>, <see cref="Last12"/> (the default) or <see cref="Custom"/> (then <see cref="From"/> and <see cref="To"/>).</summary>
    public string? Period { get; set; }

    /// <summary>First month, "yyyy-MM".</summary>
    public string? From { get; set; }

    /// <summary>Last month, "yyyy-MM".</summary>
    public string? To { get; set; }

    public Guid? Community { get; set; }

    /// <summary>The calendar months (UTC) the filters choose: the current month and the ones before it, oldest first.</summary>
    public ImpactScope Resolve(DateOnly today)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        var earliest = current.AddMonths(-(MonthsOffered - 1));
        DateOnly first;
        DateOnly last;
        if (Period == Custom && ParseMonth(From) is { } from && ParseMonth(To) is { } to)
        {
            (first, last) = from <= to ? (from, to) : (to, from);
            first = Clamp(first, earliest, current);
            last = Clamp(last, earliest, current);
        }
        else
        {
            var months = Period == Last3 ? 3 : 12;
            (first, last) = (current.AddMonths(-(months - 1)), current);
        }
        var count = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        return new ImpactScope([.. Enumerable.Range(0, count).Select(first.AddMonths)], Community);
    }

    /// <summary>The months a coordinator may choose from, newest first.</summary>
    public static IReadOnlyList<DateOnly> Choices(DateOnly today)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        return [.. Enumerable.Range(0, MonthsOffered).Select(i => current.AddMonths(-i))];
    }

    public static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The same filters as route values, for the CSV and report links.</summary>
    public Dictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string>();
        if (Period is { Length: > 0 } period)
        {
            values["period"] = period;
        }
        if (From is { Length: > 0 } from)
        {
            values["from"] = from;
        }
        if (To is { Length: > 0 } to)
        {
            values["to"] = to;
        }
        if (Community is { } community)
        {
            values["community"] = community.ToString();
        }
        return values;
    }

    private static DateOnly? ParseMonth(string? value) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;

    private static DateOnly Clamp(DateOnly value, DateOnly min, DateOnly max) => value < min ? min : value > max ? max : value;
}

/// <summary>What the figures cover: whole calendar months (UTC), and all communities or one.</summary>
public sealed record ImpactScope(IReadOnlyList<DateOnly> Months, Guid? CommunityId)
{
    public DateOnly FirstMonth => Months[0];

    public DateOnly LastMonth => Months[^1];

    /// <summary>The start of the first month, UTC.</summary>
    public DateTime Start => FirstMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The start of the month after the last one, UTC (exclusive end).</summary>
    public DateTime End => LastMonth.AddMonths(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>A month as a number that a query can compute and compare: year × 12 + month.</summary>
    public static int Index(int year, int month) => (year * 12) + month;

    public int IndexOf(DateOnly month) => Index(month.Year, month.Month);

    /// <summary>The row of a month index in <see cref="Months"/>, or -1.</summary>
    public int RowOf(int index) => index - IndexOf(FirstMonth) is var row && row >= 0 && row < Months.Count ? row : -1;
}
