using System.Globalization;
using System.Text.RegularExpressions;

namespace Circles.Web.Features.Directory.Hsds;

/// <summary>
/// How HSDS values are written as text and read back, shared by import and export so that an
/// export re-imports unchanged: numbers without trailing zeros, instants as UTC ISO 8601.
/// </summary>
public static partial class HsdsValues
{
    /// <summary>Invariant, no exponent, no trailing zeros: 35, 35.5, -0.125.</summary>
    public const string NumberFormat = "0.############################";

    /// <summary>ISO 8601 in UTC with as many fraction digits as needed: 2023-03-15T10:30:45.123Z.</summary>
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public static string FormatNumber(decimal value) => value.ToString(NumberFormat, CultureInfo.InvariantCulture);

    /// <summary>Instants are stored as UTC; one read back from SQLite may be marked Unspecified, which is UTC too.</summary>
    public static string FormatDateTime(DateTime value) =>
        DateTime.SpecifyKind(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value, DateTimeKind.Utc)
            .ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The text of a field's value, as the CSV export writes it and the importer reads it.</summary>
    public static string? Format(HsdsField field, object? value) => value switch
    {
        null => null,
        decimal number => FormatNumber(number),
        DateTime instant => FormatDateTime(instant),
        string text => text,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>A calendar date written as yyyy-MM-dd (HSDS "date").</summary>
    public static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>
    /// An ISO 8601 date and time (HSDS "datetime"), with an offset or Z; without one it is taken
    /// as UTC. Other forms ("March 5 2023") are refused rather than guessed.
    /// </summary>
    public static bool TryParseDateTime(string text, out DateTime utc)
    {
        utc = default;
        if (!IsoDateTime().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return false;
        }
        utc = instant.UtcDateTime;
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}(:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();
}
