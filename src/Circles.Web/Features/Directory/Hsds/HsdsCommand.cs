using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds.Export;
using Circles.Web.Features.Directory.Hsds.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Directory.Hsds;

/// <summary>
/// The command-line verbs <c>hsds import</c> and <c>hsds export</c>. Program.cs runs them after
/// the database is migrated, with the app's own configuration and services, and exits without
/// starting the web server.
/// </summary>
public static class HsdsCommand
{
    public const int Succeeded = 0;
    public const int ImportFailed = 1;
    public const int Usage = 2;

    private const string UsageText = """
        Usage:
          dotnet run --project src/Circles.Web -- hsds import <path> --organization <slug>
              <path>: an HSDS datapackage folder (datapackage.json and CSV files), a .zip of one, or an HSDS .json file
          dotnet run --project src/Circles.Web -- hsds export <folder> --organization <slug> [--format csv|json] [--for-trusted-partner "<reason>"]
              writes datapackage.json and one CSV per table (csv, the default), or hsds.json (json).
              Confidential locations' addresses are left out unless --for-trusted-partner gives the reason to include them (audited).
        """;

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == "hsds";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (Parse(args) is not { } command)
        {
            await output.WriteLineAsync(UsageText);
            return Usage;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var organization = await db.Organizations.IgnoreQueryFilters()
            .Where(o => o.Slug == command.Organization)
            .Select(o => new { o.Id })
            .FirstOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            await output.WriteLineAsync($"No organization has the slug \"{command.Organization}\".");
            await output.WriteLineAsync(UsageText);
            return Usage;
        }
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var l = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();

        return command.Verb == "import"
            ? await ImportAsync(command, scope.ServiceProvider, l, output, cancellationToken)
            : await ExportAsync(command, scope.ServiceProvider, output, cancellationToken);
    }

    private static async Task<int> ImportAsync(Command command, IServiceProvider services, IStringLocalizer l, TextWriter output, CancellationToken cancellationToken)
    {
        if (!File.Exists(command.Path) && !System.IO.Directory.Exists(command.Path))
        {
            await output.WriteLineAsync($"Nothing to import: no file or folder at {command.Path}");
            return ImportFailed;
        }
        var reading = new HsdsImportReport();
        var input = await HsdsInput.FromPathAsync(command.Path, reading, cancellationToken);
        var report = input is null ? reading : await services.GetRequiredService<HsdsImporter>().ImportAsync(input, null, cancellationToken);

        if (!report.Succeeded)
        {
            await output.WriteLineAsync($"Nothing was imported: {report.ProblemCount} problem(s).");
            foreach (var problem in report.Problems)
            {
                await output.WriteLineAsync(HsdsProblemText.Line(problem, l));
            }
            if (report.ProblemCount > report.Problems.Count)
            {
                await output.WriteLineAsync($"… and {report.ProblemCount - report.Problems.Count} more.");
            }
            return ImportFailed;
        }
        await output.WriteLineAsync($"Imported into \"{command.Organization}\":");
        foreach (var count in report.Counts)
        {
            await output.WriteLineAsync($"  {count.Table.Path}: {count.Created} added, {count.Updated} updated, {count.Unchanged} unchanged");
        }
        foreach (var note in report.Notes)
        {
            await output.WriteLineAsync("note: " + HsdsProblemText.Line(note, l));
        }
        return Succeeded;
    }

    private static async Task<int> ExportAsync(Command command, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var files = await services.GetRequiredService<HsdsExporter>()
            .ExportToFolderAsync(command.Path, command.Format, command.TrustedPartnerReason, null, cancellationToken);
        await output.WriteLineAsync($"Exported the directory of \"{command.Organization}\" to {command.Path}: {string.Join(", ", files)}");
        if (command.TrustedPartnerReason is not null)
        {
            await output.WriteLineAsync("It includes the addresses of confidential locations: give it only to the trusted partner it is for.");
        }
        return Succeeded;
    }

    private sealed record Command(string Verb, string Path, string Organization, HsdsExportFormat Format, string? TrustedPartnerReason);

    private static Command? Parse(string[] args)
    {
        if (args.Length < 3 || args[0] != "hsds" || args[1] is not ("import" or "export") || args[2].StartsWith("--", StringComparison.Ordinal))
        {
            return null;
        }
        string? organization = null, format = null, reason = null;
        for (var i = 3; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                return null;
            }
            var value = args[i + 1];
            switch (args[i])
            {
                case "--organization":
                    organization = value;
                    break;
                case "--format" when args[1] == "export":
                    format = value;
                    break;
                case "--for-trusted-partner" when args[1] == "export" && !string.IsNullOrWhiteSpace(value):
                    reason = value;
                    break;
                default:
                    return null;
            }
        }
        if (organization is null || format is not (null or "csv" or "json"))
        {
            return null;
        }
        return new Command(args[1], args[2], organization, format == "json" ? HsdsExportFormat.Json : HsdsExportFormat.Csv, reason);
    }
}
