using System.Diagnostics;
using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Security;

/// <summary>A production app whose key ring folder and certificate the test chooses.</summary>
public sealed class KeyRingApp(string keysFolder, string? certificatePath, bool demo = false) : CirclesApp
{
    protected override string Environment => "Production";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataProtection:KeysFolder"] = keysFolder,
        ["DataProtection:CertificatePath"] = certificatePath ?? "",
        ["DataProtection:CertificatePassword"] = KeyRingCertificate.Password,
        ["Demo:Enabled"] = demo ? "true" : "false",
    };
}

/// <summary>SEC-28: the key ring is encrypted at rest with the operator's certificate, and production will not run without it.</summary>
public sealed class KeyRingTests : IDisposable
{
    private readonly string _keys = Directory.CreateTempSubdirectory("circles-keyring-").FullName;
    private readonly string _certificates = Directory.CreateTempSubdirectory("circles-keyring-certificate-").FullName;

    [Fact]
    public async Task Start_InProductionWithACertificate_KeysOnDiskAreEncryptedAndStillReadAfterARestart_SEC28()
    {
        var certificate = KeyRingCertificate.WriteTo(_certificates);
        string protectedCanary;
        using (var first = new KeyRingApp(_keys, certificate))
        {
            protectedCanary = first.Services.GetRequiredService<FieldProtector>().Protect(FieldPurposes.NeedDescription, "canary-needs-a-lawyer")!;
        }

        var files = Directory.GetFiles(_keys, "*.xml");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var xml = await File.ReadAllTextAsync(file);
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal); // where an unencrypted master key would be
        }
        // A new process knows nothing but the files and the certificate.
        using var second = new KeyRingApp(_keys, certificate);
        Assert.Equal("canary-needs-a-lawyer", second.Services.GetRequiredService<FieldProtector>().Unprotect(FieldPurposes.NeedDescription, protectedCanary));
    }

    [Fact]
    public async Task Start_InDemoModeWithoutCertificate_StartsAndWarns_SEC28()
    {
        using var app = new KeyRingApp(_keys, certificatePath: null, demo: true);

        var health = await app.NewBrowser().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(app.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("not encrypted at rest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DotnetCirclesWeb_InProductionWithoutCertificate_RefusesToStartNamingTheSetting_SEC28()
    {
        var (exit, output) = await RunProgramAsync(new Dictionary<string, string>
        {
            ["DataProtection__KeysFolder"] = _keys,
        });

        // One plain line for the operator (exit 1), not the runtime's crash report and its stack trace.
        Assert.Equal(1, exit);
        Assert.Contains("Circles did not start: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Contains("DataProtection__CertificatePath", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_keys));
    }

    [Fact]
    public async Task DotnetCirclesWeb_InProductionWithKeysInTheDatabaseFolder_RefusesToStart_SEC28()
    {
        var (exit, output) = await RunProgramAsync(new Dictionary<string, string>
        {
            ["DataProtection__KeysFolder"] = Path.Combine(_keys, "keys"),
            ["ConnectionStrings__Circles"] = $"Data Source={Path.Combine(_keys, "circles.db")}",
            ["Database__Provider"] = "Sqlite",
            ["DataProtection__CertificatePath"] = KeyRingCertificate.WriteTo(_certificates),
            ["DataProtection__CertificatePassword"] = KeyRingCertificate.Password,
        });

        Assert.Equal(1, exit);
        Assert.Contains("Circles did not start: ", output, StringComparison.Ordinal);
        Assert.Contains("DataProtection__KeysFolder", output, StringComparison.Ordinal);
        Assert.Contains("inside the database's folder", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunProgramAsync(IDictionary<string, string> settings)
    {
        var folder = Directory.CreateTempSubdirectory("circles-keyring-db-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Circles.Web.dll"), "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__Circles"] = $"Data Source={Path.Combine(folder, "circles.db")}",
                ["Demo__Enabled"] = "false",
            },
        };
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("Circles started instead of refusing: " + await output);
        }
        return (process.ExitCode, await output + await errors);
    }

    public void Dispose()
    {
        Directory.Delete(_keys, recursive: true);
        Directory.Delete(_certificates, recursive: true);
    }
}
