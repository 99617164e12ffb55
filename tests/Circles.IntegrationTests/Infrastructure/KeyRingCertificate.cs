using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway certificate for encrypting the key ring at rest (SEC-28), as an operator makes one
/// with openssl: an RSA key and a self-signed certificate, exported with its key to a .pfx file.
/// </summary>
public static class KeyRingCertificate
{
    public const string Password = "key ring test password";

    /// <returns>The path of the .pfx file written into <paramref name="folder"/>.</returns>
    public static string WriteTo(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Circles key ring (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(1));
        var path = Path.Combine(folder, "key-ring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        return path;
    }
}
