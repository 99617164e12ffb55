namespace Circles.Web.Accounts;

/// <summary>
/// What someone types where Circles asks for "the code from your app, or a recovery code": the
/// same reading at sign-in and on "Confirm it is you".
/// </summary>
public static class SecondFactorCode
{
    /// <summary>The code without the spaces and dashes people type or copy with it.</summary>
    public static string Normalize(string typed) =>
        typed.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    /// <summary>Six digits are the authenticator app's code; anything else is tried as a recovery code.</summary>
    public static bool IsAuthenticatorCode(string normalized) =>
        normalized.Length == 6 && normalized.All(char.IsAsciiDigit);
}
