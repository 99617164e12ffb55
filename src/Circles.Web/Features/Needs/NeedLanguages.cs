using System.Globalization;

namespace Circles.Web.Features.Needs;

/// <summary>
/// The languages a member can ask for help in: the app's own languages first, then languages
/// often spoken by the people charities like ours meet. Shown by their own name (as the footer
/// does), so nobody needs a translation to find theirs.
/// </summary>
public static class NeedLanguages
{
    public static readonly IReadOnlyList<string> All =
    [
        .. Shared.WebSetup.SupportedCultures,
        "fr", "pt", "ro", "pl", "uk", "ru", "sq", "fa", "ur", "hi", "bn", "zh", "vi", "fil", "th", "sw", "am", "ti", "so", "tr",
    ];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);

    /// <summary>"español", "العربية": the language as its speakers write it; the code itself if unknown.</summary>
    public static string NameOf(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.TextInfo.ToTitleCase(culture.NativeName);
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    /// <summary>
    /// What an HSDS language row of a service may say for this language: the ISO 639-1 code,
    /// the ISO 639-2/3 code, the English or the native name, lower case ("es", "spa", "spanish", "español").
    /// </summary>
    public static IReadOnlySet<string> MatchKeys(string code)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { code };
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            keys.Add(culture.TwoLetterISOLanguageName);
            keys.Add(culture.ThreeLetterISOLanguageName);
            keys.Add(culture.EnglishName);
            keys.Add(culture.NativeName);
        }
        catch (CultureNotFoundException)
        {
            // An unknown code still matches itself.
        }
        return keys;
    }

    /// <summary>Whether an HSDS language row (code such as "es" or "es-MX", or name) is the given language.</summary>
    public static bool Matches(IReadOnlySet<string> keys, string? hsdsCode, string? hsdsName)
    {
        var code = hsdsCode?.Trim().Split('-', '_')[0];
        return (!string.IsNullOrEmpty(code) && keys.Contains(code))
            || (!string.IsNullOrWhiteSpace(hsdsName) && keys.Contains(hsdsName.Trim()));
    }
}
