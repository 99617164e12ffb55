using System.Security.Cryptography;
using System.Text;

namespace Circles.Web.Features.PrivateSpace;

/// <summary>
/// AES-256-GCM sealing with a person's own data key. The purpose and the row id are bound in as
/// associated data, so a sealed value copied into another field or another row does not open.
/// Stored form: base64 of version byte, 12-byte nonce, 16-byte tag, ciphertext.
/// </summary>
public static class PersonalCipher
{
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    public const int KeySize = 32;

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeySize);

    public static string? Seal(byte[] key, string purpose, Guid rowId, string? plaintext)
    {
        if (string.IsNullOrEmpty(plaintext))
        {
            return null;
        }
        var sealedBytes = SealBytes(key, AssociatedData(purpose, rowId), Encoding.UTF8.GetBytes(plaintext));
        return Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The plaintext, or throws <see cref="CryptographicException"/> if the key, purpose or row is wrong.</summary>
    public static string? Open(byte[] key, string purpose, Guid rowId, string? sealedValue)
    {
        if (string.IsNullOrEmpty(sealedValue))
        {
            return null;
        }
        var plain = OpenBytes(key, AssociatedData(purpose, rowId), Convert.FromBase64String(sealedValue));
        return Encoding.UTF8.GetString(plain);
    }

    public static byte[] SealBytes(byte[] key, byte[] associatedData, byte[] plaintext)
    {
        var output = new byte[1 + NonceSize + TagSize + plaintext.Length];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize), associatedData);
        return output;
    }

    public static byte[] OpenBytes(byte[] key, byte[] associatedData, byte[] sealedBytes)
    {
        if (sealedBytes.Length < 1 + NonceSize + TagSize || sealedBytes[0] != FormatVersion)
        {
            throw new CryptographicException("Not a sealed value of a known format.");
        }
        var plain = new byte[sealedBytes.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(1, NonceSize), sealedBytes.AsSpan(1 + NonceSize + TagSize), sealedBytes.AsSpan(1 + NonceSize, TagSize), plain, associatedData);
        return plain;
    }

    private static byte[] AssociatedData(string purpose, Guid rowId) => Encoding.UTF8.GetBytes($"{purpose}|{rowId:N}");
}

/// <summary>The purposes of values sealed with a person's own key; stable strings because data is stored under them.</summary>
public static class PersonalPurposes
{
    public const string JournalText = "Journal.Text";
    public const string StoryDraft = "Story.Draft";
    public const string JournalMood = "Journal.Mood";
    public const string SafetyPlanWarningSigns = "SafetyPlan.WarningSigns";
    public const string SafetyPlanCopingSteps = "SafetyPlan.CopingSteps";
    public const string SafetyPlanPeopleAndPlaces = "SafetyPlan.PeopleAndPlaces";
    public const string SafetyPlanTrustedContacts = "SafetyPlan.TrustedContacts";
    public const string SafetyPlanCrisisLines = "SafetyPlan.CrisisLines";
    public const string SafetyPlanReasons = "SafetyPlan.Reasons";
}
