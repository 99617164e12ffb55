using System.Security.Cryptography;
using Circles.Web.Features.PrivateSpace;

namespace Circles.UnitTests.Features.PrivateSpace;

/// <summary>SEC-27: a sealed value opens only with its own key, purpose and row.</summary>
public sealed class PersonalCipherTests
{
    private const string Words = "only for me to read";
    private static readonly byte[] Key = PersonalCipher.NewKey();
    private static readonly Guid Row = Guid.NewGuid();

    [Fact]
    public void Open_WithTheSameKeyPurposeAndRow_GivesTheWordsBack()
    {
        var sealedValue = PersonalCipher.Seal(Key, PersonalPurposes.JournalText, Row, Words);

        Assert.Equal(Words, PersonalCipher.Open(Key, PersonalPurposes.JournalText, Row, sealedValue));
        Assert.DoesNotContain(Words, sealedValue, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WithAnotherKey_Fails()
    {
        var sealedValue = PersonalCipher.Seal(Key, PersonalPurposes.JournalText, Row, Words);

        Assert.ThrowsAny<CryptographicException>(() => PersonalCipher.Open(PersonalCipher.NewKey(), PersonalPurposes.JournalText, Row, sealedValue));
    }

    [Fact]
    public void Open_AsAnotherPurpose_Fails()
    {
        var sealedValue = PersonalCipher.Seal(Key, PersonalPurposes.JournalText, Row, Words);

        Assert.ThrowsAny<CryptographicException>(() => PersonalCipher.Open(Key, PersonalPurposes.JournalMood, Row, sealedValue));
    }

    [Fact]
    public void Open_CopiedIntoAnotherRow_Fails()
    {
        var sealedValue = PersonalCipher.Seal(Key, PersonalPurposes.JournalText, Row, Words);

        Assert.ThrowsAny<CryptographicException>(() => PersonalCipher.Open(Key, PersonalPurposes.JournalText, Guid.NewGuid(), sealedValue));
    }

    [Fact]
    public void Open_Tampered_Fails()
    {
        var bytes = Convert.FromBase64String(PersonalCipher.Seal(Key, PersonalPurposes.JournalText, Row, Words)!);
        bytes[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => PersonalCipher.Open(Key, PersonalPurposes.JournalText, Row, Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Seal_TheSameWordsTwice_GivesDifferentValues()
    {
        // A fresh nonce each time: equal entries cannot be spotted as equal in the database.
        Assert.NotEqual(
            PersonalCipher.Seal(Key, PersonalPurposes.JournalText, Row, Words),
            PersonalCipher.Seal(Key, PersonalPurposes.JournalText, Row, Words));
    }

    [Fact]
    public void Seal_Nothing_StoresNothing()
    {
        Assert.Null(PersonalCipher.Seal(Key, PersonalPurposes.JournalMood, Row, null));
        Assert.Null(PersonalCipher.Open(Key, PersonalPurposes.JournalMood, Row, null));
    }
}
