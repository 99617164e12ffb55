using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// A passkey held in the test, as a phone's authenticator would hold it: a P-256 key whose
/// public half is stored for the person, and which answers a server's challenge with a WebAuthn
/// assertion (user present and verified). Lets HTTP tests sign in with a passkey without a browser.
/// </summary>
public sealed class SoftPasskey : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private uint _counter;

    /// <summary>The origin a browser at the test server reports.</summary>
    public const string Origin = "https://localhost";

    public byte[] CredentialId { get; } = RandomNumberGenerator.GetBytes(16);
    public string Id => WebEncoders.Base64UrlEncode(CredentialId);

    /// <summary>What the server keeps, as if the person had added this passkey on their account page.</summary>
    public UserPasskeyInfo Stored(string name, DateTimeOffset addedAt)
    {
        var p = _key.ExportParameters(false);
        // COSE_Key {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y} in CBOR.
        byte[] cose = [0xA5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20, .. p.Q.X!, 0x22, 0x58, 0x20, .. p.Q.Y!];
        return new UserPasskeyInfo(CredentialId, cose, addedAt, 0, ["internal"], isUserVerified: true, isBackupEligible: false, isBackedUp: false,
            attestationObject: [0xA0], clientDataJson: Encoding.UTF8.GetBytes("{}")) { Name = name };
    }

    /// <summary>The browser's JSON answer to <paramref name="requestOptionsJson"/>, from https://localhost.</summary>
    public string Answer(string requestOptionsJson, Guid userId)
    {
        var options = JsonNode.Parse(requestOptionsJson)!;
        var challenge = options["challenge"]!.GetValue<string>();
        var rpId = options["rpId"]?.GetValue<string>() ?? "localhost";
        var clientData = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = "webauthn.get",
            ["challenge"] = challenge,
            ["origin"] = Origin,
            ["crossOrigin"] = false,
        }));
        _counter++;
        byte[] counter = [(byte)(_counter >> 24), (byte)(_counter >> 16), (byte)(_counter >> 8), (byte)_counter];
        byte[] authenticatorData = [.. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), 0x05, .. counter]; // user present + verified
        byte[] signed = [.. authenticatorData, .. SHA256.HashData(clientData)];
        var signature = _key.SignData(signed, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = Id,
            ["rawId"] = Id,
            ["type"] = "public-key",
            ["authenticatorAttachment"] = "platform",
            ["response"] = new Dictionary<string, string>
            {
                ["clientDataJSON"] = WebEncoders.Base64UrlEncode(clientData),
                ["authenticatorData"] = WebEncoders.Base64UrlEncode(authenticatorData),
                ["signature"] = WebEncoders.Base64UrlEncode(signature),
                ["userHandle"] = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(userId.ToString())),
            },
            ["clientExtensionResults"] = new Dictionary<string, object>(),
        });
    }

    public void Dispose() => _key.Dispose();
}
