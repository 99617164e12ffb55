using System.Diagnostics;
using System.Globalization;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>
/// <c>dotnet run --project src/Circles.Web -- hsds import|export …</c>: exit code 0 on success,
/// non-zero with the report (file, line, field, message) or the usage otherwise.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class HsdsCommandTests(SharedCirclesApp app)
{
    [Fact]
    public async Task HsdsImport_ExampleFolder_ExitsZeroAndListsCounts()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);

        var (exit, output) = await RunAsync("hsds", "import", HsdsExamples.Csv, "--organization", directory.Slug);

        Assert.Equal(0, exit);
        Assert.Contains("services.csv: 1 added, 0 updated, 0 unchanged", output, StringComparison.Ordinal);
        Assert.Equal(HsdsSchema.Tables.Count, (await directory.CountsAsync()).Count);
    }

    [Fact]
    public async Task HsdsImport_BrokenFile_ExitsNonZeroWithFileLineFieldAndWritesNothing()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);
        var copy = HsdsExamples.CopyOfCsv();
        var services = Path.Combine(copy, "services.csv");
        File.WriteAllText(services, File.ReadAllText(services).Replace("2005-01-01", "01/01/2005", StringComparison.Ordinal));

        var (exit, output) = await RunAsync("hsds", "import", copy, "--organization", directory.Slug);

        Assert.Equal(1, exit);
        Assert.Contains("services.csv:2: assured_date: “01/01/2005” is not a date written as year-month-day", output, StringComparison.Ordinal);
        Assert.Empty(await directory.CountsAsync());
    }

    [Fact]
    public async Task HsdsImport_JsonFile_ExitsZero()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);

        var (exit, output) = await RunAsync("hsds", "import", HsdsExamples.Json("service_full.json"), "--organization", directory.Slug);

        Assert.True(exit == 0, output);
        Assert.Single(await directory.AllAsync<HsdsService>());
    }

    [Fact]
    public async Task HsdsImport_UnknownOrganization_ExitsNonZeroWithUsage()
    {
        var (exit, output) = await RunAsync("hsds", "import", HsdsExamples.Csv, "--organization", "no-such-organization");

        Assert.NotEqual(0, exit);
        Assert.Contains("No organization has the slug \"no-such-organization\"", output, StringComparison.Ordinal);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hsds")]
    [InlineData("hsds", "import")]
    [InlineData("hsds", "import", "somewhere")]
    [InlineData("hsds", "delete", "somewhere", "--organization", "x")]
    [InlineData("hsds", "import", "somewhere", "--organization")]
    [InlineData("hsds", "import", "somewhere", "--organization", "x", "--format", "json")]
    [InlineData("hsds", "export", "somewhere", "--organization", "x", "--format", "xml")]
    [InlineData("hsds", "export", "somewhere", "--organization", "x", "--colour", "blue")]
    public async Task Hsds_WrongArguments_ExitsNonZeroWithUsage(params string[] args)
    {
        var (exit, output) = await RunAsync(args);

        Assert.NotEqual(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HsdsImport_NoSuchPath_ExitsNonZero()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);

        var (exit, output) = await RunAsync("hsds", "import", "/no/such/folder", "--organization", directory.Slug);

        Assert.Equal(1, exit);
        Assert.Contains("/no/such/folder", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HsdsExport_BothFormsAndTrustedPartner_WriteFilesAndAudit()
    {
        var directory = await HsdsTestDirectory.CreateAsync(app);
        Assert.True((await directory.ImportAsync(HsdsExamples.Csv)).Succeeded);
        var csv = System.IO.Directory.CreateTempSubdirectory("hsds-cli-").FullName;
        var json = System.IO.Directory.CreateTempSubdirectory("hsds-cli-").FullName;
        var trusted = System.IO.Directory.CreateTempSubdirectory("hsds-cli-").FullName;

        Assert.Equal(0, (await RunAsync("hsds", "export", csv, "--organization", directory.Slug)).Exit);
        Assert.Equal(0, (await RunAsync("hsds", "export", json, "--organization", directory.Slug, "--format", "json")).Exit);
        var (exit, output) = await RunAsync("hsds", "export", trusted, "--organization", directory.Slug, "--for-trusted-partner", "Shelter referral");

        Assert.Equal(0, exit);
        Assert.Contains("confidential", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(csv, "datapackage.json")));
        Assert.True(File.Exists(Path.Combine(csv, "services.csv")));
        Assert.True(File.Exists(Path.Combine(json, "hsds.json")));
        var actions = await directory.InScopeAsync(services => services.GetRequiredService<CirclesDb>().AuditEvents
            .Where(e => e.Action.StartsWith("directory.export")).OrderBy(e => e.Id).Select(e => e.Action + " " + e.Subject).ToListAsync());
        Assert.Equal(
            [$"{AuditActions.DirectoryExported} csv", $"{AuditActions.DirectoryExported} json", $"{AuditActions.DirectoryExportedForTrustedPartner} csv: Shelter referral"],
            actions);
    }

    [Fact]
    public async Task DotnetCirclesWeb_HsdsImport_RunsWithoutWebServer()
    {
        // The real entry point: Program.cs migrates, runs the verb and exits without Kestrel.
        var folder = System.IO.Directory.CreateTempSubdirectory("hsds-process-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Circles.Web.dll"), "hsds", "import", HsdsExamples.Csv, "--organization", "demo" },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = TestDatabase.IsPostgres ? "Postgres" : "Sqlite",
                ["ConnectionStrings__Circles"] = TestDatabase.NewConnectionString(folder),
                ["DataProtection__KeysFolder"] = Path.Combine(folder, "keys"),
                ["Demo__Enabled"] = "true",
                ["Demo__Password"] = "a demo password for this test 42",
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);

        var text = await output + await errors;
        Assert.True(process.ExitCode == 0, text);
        Assert.Contains("services.csv: 1 added", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", text, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            using var output = new StringWriter();
            var exit = await HsdsCommand.RunAsync(args, app.Services, output);
            return (exit, output.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
