namespace Circles.Web.Features.Stories;

/// <summary>How one piece of a comparison changed.</summary>
public enum DiffChange
{
    Same,
    Removed,
    Added,
}

/// <summary>
/// A simple word-level comparison of two versions (longest common subsequence of words), so the
/// author sees what a reviewer changed. Very long texts are not compared (null): the two versions
/// are then shown side by side only.
/// </summary>
public static class WordDiff
{
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<(string Text, DiffChange Change)>? Compare(string before, string after)
    {
        var a = Words(before);
        var b = Words(after);
        if ((long)(a.Length + 1) * (b.Length + 1) > MaxCells)
        {
            return null;
        }
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }
        var result = new List<(string, DiffChange)>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                Append(result, a[x], DiffChange.Same);
                x++;
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                Append(result, a[x++], DiffChange.Removed);
            }
            else
            {
                Append(result, b[y++], DiffChange.Added);
            }
        }
        while (x < a.Length)
        {
            Append(result, a[x++], DiffChange.Removed);
        }
        while (y < b.Length)
        {
            Append(result, b[y++], DiffChange.Added);
        }
        return result;
    }

    private static string[] Words(string text) => text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static void Append(List<(string Text, DiffChange Change)> result, string word, DiffChange change)
    {
        if (result.Count > 0 && result[^1].Change == change)
        {
            result[^1] = (result[^1].Text + " " + word, change);
        }
        else
        {
            result.Add((word, change));
        }
    }
}
