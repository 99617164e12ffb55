using System.Globalization;

namespace Circles.Web.Features.Wellbeing;

/// <summary>
/// The geometry of a member's trend, drawn on the server as inline SVG: no JavaScript, and it
/// scales to the width of a 320 px phone through its viewBox. Percentages 0–100 run bottom to top.
/// </summary>
public sealed class WellbeingChart
{
    public const int Width = 300;
    public const int Height = 150;
    public const int Left = 34;
    public const int Right = 8;
    public const int Top = 10;
    public const int Bottom = 10;

    public sealed record Point(string X, string Y, int Percentage);

    public IReadOnlyList<Point> Points { get; }

    public WellbeingChart(IReadOnlyList<int> percentages)
    {
        var step = percentages.Count > 1 ? (double)(Width - Left - Right) / (percentages.Count - 1) : 0;
        Points = [.. percentages.Select((p, i) => new Point(
            Format(percentages.Count > 1 ? Left + (i * step) : (Left + Width - Right) / 2.0),
            Format(Y(p)),
            p))];
    }

    /// <summary>The polyline's points attribute ("x,y x,y …").</summary>
    public string Polyline => string.Join(' ', Points.Select(p => p.X + "," + p.Y));

    /// <summary>The height of a grid line for a percentage.</summary>
    public static string GridY(int percentage) => Format(Y(percentage));

    private static double Y(double percentage) => Top + ((100 - Math.Clamp(percentage, 0, 100)) / 100.0 * (Height - Top - Bottom));

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
