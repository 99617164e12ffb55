using System.Collections.Concurrent;
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
    /// <summary>Organizations known to hold their own lists; the answer never changes back, so it is remembered.</summary>
    private static readonly ConcurrentDictionary<Guid, bool> Seeded = new();

    internal static void MarkSeeded(Guid organizationId) => Seeded[organizationId] = true;

    public async Task<CrisisMatch?> FindAsync(string text, CancellationToken cancellationToken)
    {
        if (Normalize(text).Length == 0)
        {
            return null;
        }
        var phrases = (await db.CrisisPhrases
                .Select(p => new { p.Phrase, p.Language, p.Category })
                .ToListAsync(cancellationToken))
            .Select(p => new CrisisPhraseSeeds.Seed(p.Language, p.Phrase, p.Category))
            .ToList();
        if (phrases.Count == 0 && !await IsSeededAsync(cancellationToken))
        {
            // An organization created since start-up gets its lists the first time a coordinator
            // opens them; until then it is protected by the same lists.
            phrases = [.. CrisisPhraseSeeds.All];
        }
        return Match(text, phrases);
    }

    /// <summary>The first phrase found in the text as whole words; immediate danger first, then the longest (the most specific words help whoever reaches out most).</summary>
    public static CrisisMatch? Match(string text, IEnumerable<CrisisPhraseSeeds.Seed> phrases)
    {
        var haystack = " " + Normalize(text) + " ";
        foreach (var phrase in phrases.OrderByDescending(p => p.Category == CrisisCategory.ImmediateDanger).ThenByDescending(p => p.Phrase.Length))
        {
            var needle = Normalize(phrase.Phrase);
            if (needle.Length > 0 && haystack.Contains(" " + needle + " ", StringComparison.Ordinal))
            {
                return new CrisisMatch(phrase.Phrase, phrase.Language, phrase.Category);
            }
        }
        return null;
    }

    private async Task<bool> IsSeededAsync(CancellationToken cancellationToken)
    {
        var organizationId = db.CurrentOrganizationId;
        if (Seeded.ContainsKey(organizationId))
        {
            return true;
        }
        if (await CrisisPhraseSeeds.WereSeededAsync(db, organizationId, cancellationToken))
        {
            MarkSeeded(organizationId);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Lower case, no accents, letters and digits only, single spaces. Apostrophes vanish, so
    /// "I'm", "I’m" and "Im" are the same word; Arabic letters that are written several ways
    /// (alef with or without hamza, alef maqsura, ta marbuta, the stretching tatweel, vowel marks)
    /// are brought to one form.
    /// </summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var original in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(original);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format
                || original is '\'' or '’' or '‘' or 'ʼ' or '`' or '´' or 'ـ')
            {
                continue;
            }
            var character = original switch
            {
                'ى' => 'ي',
                'ة' => 'ه',
                _ => original,
            };
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
                lastWasSpace = false;
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
