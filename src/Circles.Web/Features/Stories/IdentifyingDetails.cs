using System.Text.RegularExpressions;

namespace Circles.Web.Features.Stories;

/// <summary>What kind of detail could identify someone.</summary>
public enum DetailKind
{
    Name,
    Date,
    Time,
    Number,
    Phone,
    Email,
    Street,
}

/// <summary>A stretch of text that could identify someone: where it starts, how long it is, and why.</summary>
public sealed record DetailSpan(int Start, int Length, DetailKind Kind)
{
    public int End => Start + Length;
}

/// <summary>
/// The automatic highlight that helps a reviewer (it decides nothing): capitalised words not at the
/// start of a sentence (names, places), dates, times, numbers, phone-like and email-like strings,
/// and street words. It errs on the side of marking too much; the coordinator reads every line.
/// </summary>
public static partial class IdentifyingDetails
{
    // Earlier patterns win where two overlap: an email before its words, a phone before its numbers.
    private static readonly (Regex Pattern, DetailKind Kind)[] Patterns =
    [
        (Email(), DetailKind.Email),
        (Phone(), DetailKind.Phone),
        (NumericDate(), DetailKind.Date),
        (MonthDate(), DetailKind.Date),
        (Time(), DetailKind.Time),
        (StreetWord(), DetailKind.Street),
        (Number(), DetailKind.Number),
    ];

    /// <summary>The spans, in order, never overlapping.</summary>
    public static IReadOnlyList<DetailSpan> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var found = new List<DetailSpan>();
        foreach (var (pattern, kind) in Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                Add(found, new DetailSpan(match.Index, match.Length, kind));
            }
        }
        foreach (Match match in CapitalisedWord().Matches(text))
        {
            if (!StartsSentence(text, match.Index) && match.Value is not ("I" or "I'm" or "I've" or "I'll" or "I'd"))
            {
                Add(found, new DetailSpan(match.Index, match.Length, DetailKind.Name));
            }
        }
        return [.. found.OrderBy(s => s.Start)];
    }

    /// <summary>The text cut into pieces, each either plain (Kind null) or a detail to mark.</summary>
    public static IReadOnlyList<(string Text, DetailKind? Kind)> Segments(string? text)
    {
        var pieces = new List<(string, DetailKind?)>();
        if (string.IsNullOrEmpty(text))
        {
            return pieces;
        }
        var at = 0;
        foreach (var span in Find(text))
        {
            if (span.Start > at)
            {
                pieces.Add((text[at..span.Start], null));
            }
            pieces.Add((text.Substring(span.Start, span.Length), span.Kind));
            at = span.End;
        }
        if (at < text.Length)
        {
            pieces.Add((text[at..], null));
        }
        return pieces;
    }

    private static void Add(List<DetailSpan> found, DetailSpan span)
    {
        if (!found.Any(s => span.Start < s.End && s.Start < span.End))
        {
            found.Add(span);
        }
    }

    /// <summary>True when only spaces, quotes or brackets stand between the word and the start of the text, a full stop, a question or exclamation mark, a colon or a new line.</summary>
    private static bool StartsSentence(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && c != '\n' && c != '\r')
            {
                continue;
            }
            if (c is '"' or '\'' or '“' or '‘' or '(' or '«' or '¿' or '¡' or '-' or '—')
            {
                continue;
            }
            return c is '.' or '!' or '?' or ':' or '\n' or '\r' or '…';
        }
        return true;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w])\+?\d[\d ().-]{5,}\d(?![\w])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b\d{1,4}[/.-]\d{1,2}([/.-]\d{2,4})?\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(\d{1,2}(st|nd|rd|th)?\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(\s+\d{1,2}(st|nd|rd|th)?)?(,?\s+\d{4})?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDate();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}(\s?[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.?m\b", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"\b(street|st|road|rd|avenue|ave|lane|ln|drive|boulevard|blvd|square|crescent|terrace|close|calle|avenida|plaza|paseo|carrer|rue|straße|strasse)\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex StreetWord();

    [GeneratedRegex(@"\d+([.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*")]
    private static partial Regex CapitalisedWord();
}
