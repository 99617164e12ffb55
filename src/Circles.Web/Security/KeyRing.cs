using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Circles.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Circles.Web.Hosting;

namespace Circles.Web.Security;

/// <summary>
/// SEC-28: the key ring that encrypts fields (SEC-27), cookies and tokens. Whoever holds the
/// database and the key ring holds everything, so the two must never travel together: the keys
/// live in their own folder (<c>keys</c> by default, beside <c>data</c>, not in it), are encrypted
/// at rest with a certificate the operator provides, and are backed up separately. In production
/// Circles refuses to start without that certificate, or with the keys inside the database's
/// folder; demo mode, development and tests start with a warning instead.
/// Several nodes (docs/scaling.md) share the key ring through the database instead
/// (<c>DataProtection:KeysInDatabase</c>): the keys then travel with every copy of the database,
/// so there the certificate is demanded in every environment. The database holds only keys
/// encrypted with it; the certificate stays on the nodes, outside the database and its backups.
/// </summary>
public static class KeyRing
{
    public const string KeysFolderSetting = "DataProtection:KeysFolder";
    public const string CertificatePathSetting = "DataProtection:CertificatePath";
    public const string CertificatePasswordSetting = "DataProtection:CertificatePassword";
    public const string KeysInDatabaseSetting = "DataProtection:KeysInDatabase";

    /// <summary>Relative to the working directory, like the default database file (data/circles.db).</summary>
    public const string DefaultKeysFolder = "keys";

    public static IDataProtectionBuilder AddKeyRing(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (configuration.GetValue<bool>(KeysInDatabaseSetting))
        {
            return AddSharedKeyRing(builder);
        }
        var folder = Path.GetFullPath(configuration[KeysFolderSetting] is { Length: > 0 } configured ? configured : DefaultKeysFolder);
        var strict = builder.Environment.IsProduction() && !configuration.GetValue<bool>("Demo:Enabled");

        if (IsInside(folder, builder.Environment.WebRootPath))
        {
            // Anywhere, not only in production: files there are served to anyone who asks.
            throw new RefusedToStartException($"DataProtection__KeysFolder ({folder}) is inside the web root, where anyone could download the keys. Choose a folder outside it.");
        }
        var besideDatabase = IsInside(folder, SqliteFolder(configuration));
        if (besideDatabase && strict)
        {
            throw new RefusedToStartException(
                $"DataProtection__KeysFolder ({folder}) is inside the database's folder: a copy of one would then hold the other, and the encrypted fields with it. Choose a folder outside it (for example keys/ beside data/) and back it up separately (SEC-28).");
        }

        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName("Circles")
            .PersistKeysToFileSystem(new DirectoryInfo(folder));

        var certificate = LoadCertificate(configuration);
        if (certificate is not null)
        {
            // Also registers the certificate for decryption, so it need not be in a certificate store.
            dataProtection.ProtectKeysWithCertificate(certificate);
        }
        else if (strict)
        {
            throw new RefusedToStartException(
                "Circles will not start in production with an unencrypted key ring: set DataProtection__CertificatePath to a .pfx certificate with its private key " +
                "(and DataProtection__CertificatePassword to its password). README.md, \"Running it for real\", says how to make one (SEC-28).");
        }

        builder.Services.AddHostedService(services => new KeyRingWarnings(
            services.GetRequiredService<ILogger<KeyRingWarnings>>(), folder, unencrypted: certificate is null, besideDatabase));
        return dataProtection;
    }

    /// <summary>The key ring of a cluster: in the database's DataProtectionKeys table, each key encrypted with the certificate.</summary>
    private static IDataProtectionBuilder AddSharedKeyRing(WebApplicationBuilder builder)
    {
        var certificate = LoadCertificate(builder.Configuration)
            ?? throw new RefusedToStartException(
                "DataProtection__KeysInDatabase puts the key ring in the database, where every copy of the database would carry it: " +
                "set DataProtection__CertificatePath to a .pfx certificate with its private key (the same on every node) and " +
                "DataProtection__CertificatePassword to its password, so the database holds only encrypted keys (SEC-28).");
        return builder.Services.AddDataProtection()
            .SetApplicationName("Circles")
            .PersistKeysToDbContext<CirclesDb>()
            .ProtectKeysWithCertificate(certificate);
    }

    private static X509Certificate2? LoadCertificate(ConfigurationManager configuration)
    {
        if (configuration[CertificatePathSetting] is not { Length: > 0 } path)
        {
            return null;
        }
        X509Certificate2 certificate;
        try
        {
            // Ephemeral: the private key stays in memory, never written to a key store on disk.
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordSetting], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new RefusedToStartException(
                $"DataProtection__CertificatePath ({path}) could not be read as a .pfx certificate with DataProtection__CertificatePassword: {e.Message}", e);
        }
        if (!certificate.HasPrivateKey)
        {
            throw new RefusedToStartException($"DataProtection__CertificatePath ({path}) has no private key: export the certificate with its key (openssl pkcs12 -export …).");
        }
        return certificate;
    }

    private static string? SqliteFolder(ConfigurationManager configuration)
    {
        if (configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite) != DatabaseProvider.Sqlite
            || configuration.GetConnectionString("Circles") is not { } connectionString)
        {
            return null;
        }
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(file) || file == ":memory:" ? null : Path.GetDirectoryName(Path.GetFullPath(file));
    }

    private static bool IsInside(string folder, string? parent)
    {
        if (string.IsNullOrEmpty(parent))
        {
            return false;
        }
        var child = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        var container = Path.TrimEndingDirectorySeparator(Path.GetFullPath(parent)) + Path.DirectorySeparatorChar;
        return child.StartsWith(container, StringComparison.Ordinal);
    }
}

/// <summary>Says at start-up, where the operator looks, what production would have refused.</summary>
internal sealed partial class KeyRingWarnings(ILogger<KeyRingWarnings> logger, string folder, bool unencrypted, bool besideDatabase) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (unencrypted)
        {
            LogUnencrypted(folder);
        }
        if (besideDatabase)
        {
            LogBesideDatabase(folder);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The key ring in {Folder} is not encrypted at rest: set DataProtection__CertificatePath (and DataProtection__CertificatePassword). Production refuses to start without it (SEC-28).")]
    private partial void LogUnencrypted(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The key ring in {Folder} is inside the database's folder: a copy of one holds the other. Production refuses to start like this (SEC-28).")]
    private partial void LogBesideDatabase(string folder);
}
