using System.Security.Cryptography;
using System.Text;

namespace Circles.Web.Features.Invitations;

/// <summary>
/// The two ways to hold an invitation: a long link token, and a short code that is easy to read
/// aloud or copy from paper. Only their SHA-256 hashes are stored.
/// </summary>
public static class InvitationSecrets
{
    // No 0/O, 1/I/L: the code is often read aloud or written on paper.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int CodeLength = 10;

    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);

    /// <summary>Shows a code in two halves, "ABCDE-FGHJK", for reading aloud.</summary>
    public static string Display(string code) => code.Length == CodeLength ? $"{code[..5]}-{code[5..]}" : code;

    public static string NormalizeCode(string code) =>
        new(code.ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
