namespace Circles.Web.Accounts;

/// <summary>
/// A pseudonym is the only thing a member must give (SEC-34): 2 to 40 letters, digits, spaces,
/// dots, dashes or underscores, in any script.
/// </summary>
public static class PseudonymRules
{
    public const int MinimumLength = 2;
    public const int MaximumLength = 40;

    public static string Normalize(string? pseudonym) => string.Join(' ', (pseudonym ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static bool IsValid(string pseudonym) =>
        pseudonym.Length is >= MinimumLength and <= MaximumLength
        && pseudonym.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.')
        && pseudonym.Any(char.IsLetterOrDigit);
}
