using System.Globalization;

namespace Circles.Web.Features.FormatChanges;

/// <summary>
/// The feedback trend drawn on the server as inline SVG (house style of WellbeingChart): felt safe
/// and useful, 1 to 5, for the sessions shown, placed by their day, with a vertical mark on the
/// day of each change. No JavaScript; it scales to a phone through its viewBox.
/// </summary>
public sealed class FeedbackChart
{
    public const int Width = 320;
    public const int Height = 160;
    public const int Left = 26;
    public const int Right = 8;
    public const int Top = 10;
    public const int Bottom = 12;

    public sealed record Point(string X, string Y);

    public IReadOnlyList<Point> FeltSafe { get; }
    public IReadOnlyList<Point> Useful { get; }
    public IReadOnlyList<string> ChangeXs { get; }

    public FeedbackChart(IReadOnlyList<(DateOnly Day, double FeltSafe, double Useful)> sessions, IReadOnlyList<DateOnly> changeDays)
    {
        var days = sessions.Select(s => s.Day).Concat(changeDays).ToList();
        var first = days.Count > 0 ? days.Min().DayNumber : 0;
        var last = days.Count > 0 ? days.Max().DayNumber : 0;
        double X(DateOnly day) => last == first
            ? (Left + Width - Right) / 2.0
            : Left + ((double)(day.DayNumber - first) / (last - first) * (Width - Left - Right));
        var ordered = sessions.OrderBy(s => s.Day).ToList();
        FeltSafe = [.. ordered.Select(s => new Point(Format(X(s.Day)), Format(Y(s.FeltSafe))))];
        Useful = [.. ordered.Select(s => new Point(Format(X(s.Day)), Format(Y(s.Useful))))];
        ChangeXs = [.. changeDays.Select(d => Format(X(d)))];
    }

    public static string Polyline(IReadOnlyList<Point> points) => string.Join(' ', points.Select(p => p.X + "," + p.Y));

    /// <summary>The height of a grid line for an answer from 1 to 5.</summary>
    public static string GridY(int answer) => Format(Y(answer));

    private static double Y(double answer) => Top + ((5 - Math.Clamp(answer, 1, 5)) / 4.0 * (Height - Top - Bottom));

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
