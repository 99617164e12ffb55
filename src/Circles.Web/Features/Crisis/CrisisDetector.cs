using System.Globalization;
using System.Text;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Crisis;

/// <summary>What matched in a text: the organization's phrase (shown to whoever reaches out) and its category.</summary>
public sealed record CrisisMatch(string Phrase, string Language, CrisisCategory Category);

/// <summary>
/// Finds crisis language in a message or post, using the organization's phrase lists of every
/// language (people write in more than one). Matching ignores case, accents and punctuation and
/// respects word boundaries, so "kill myself" matches "Kill  myself!" but not "skill myselfie".
/// </summary>
public sealed class CrisisDetector(CirclesDb db)
{
    public async Task<CrisisMatch?> FindAsync(string text, CancellationToken cancellationToken)
    {
        var phrases = await db.CrisisPhrases
            .Select(p => new { p.Phrase, p.Language, p.Category })
            .ToListAsync(cancellationToken);
        var haystack = " " + Normalize(text) + " ";
        foreach (var phrase in phrases)
        {
            var needle = Normalize(phrase.Phrase);
            if (needle.Length > 0 && haystack.Contains(" " + needle + " ", StringComparison.Ordinal))
            {
                return new CrisisMatch(phrase.Phrase, phrase.Language, phrase.Category);
            }
        }
        return null;
    }

    /// <summary>Lower case, no accents, letters and digits only, single spaces.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var character in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(character);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
                lastWasSpace = false;
            }
            else if (character == '\'' || character == '’')
            {
                // "I'm" and "Im" are the same words.
                continue;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }
        return builder.ToString().Trim();
    }
}
