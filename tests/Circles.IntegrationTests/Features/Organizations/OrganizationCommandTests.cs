using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Organizations;

/// <summary>
/// <c>organization create|invite|list</c>: a real charity's organization, with no demo data, and a
/// one-time invitation for its first coordinator (link and code, 24 hours) that Join redeems.
/// </summary>
public sealed partial class OrganizationCommandTests(PublicAddressApp app) : IClassFixture<PublicAddressApp>
{
    [Fact]
    public async Task DotnetCirclesWeb_OrganizationCreateThenList_OnAnEmptyDatabase_CreatesOnlyThatOrganization()
    {
        // The real entry point on a database that does not exist yet: migrate, create, exit; no web server, no demo.
        var folder = System.IO.Directory.CreateTempSubdirectory("organization-process-").FullName;
        var keys = System.IO.Directory.CreateTempSubdirectory("organization-process-keys-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = TestDatabase.IsPostgres ? "Postgres" : "Sqlite",
            ["ConnectionStrings__Circles"] = TestDatabase.NewConnectionString(folder),
            ["DataProtection__KeysFolder"] = keys,
            ["DataProtection__CertificatePath"] = KeyRingCertificate.WriteTo(folder),
            ["DataProtection__CertificatePassword"] = KeyRingCertificate.Password,
            ["Circles__PublicUrl"] = "https://circles.example.org",
        };

        var (exit, output) = await RunProgramAsync(environment, "organization", "create", "--slug", "riverside", "--name", "Riverside Network");
        var (listExit, list) = await RunProgramAsync(environment, "organization", "list");

        Assert.True(exit == 0, output);
        Assert.Matches(@"link: https://circles\.example\.org/join/[A-Za-z0-9_-]{43}\s", output);
        Assert.Matches(@"code: [A-Z2-9]{5}-[A-Z2-9]{5}\s", output);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        Assert.True(listExit == 0, list);
        // riverside, and no demo organization.
        Assert.Matches(@"(?m)^riverside\s+Riverside Network\s+\d{4}-\d{2}-\d{2}\s+0\s*$", list);
        Assert.DoesNotContain("demo", list, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OrganizationCreate_PrintedLink_RedeemsIntoACoordinatorOfThatOrganization()
    {
        var slug = NewSlug();
        var (exit, output) = await RunAsync("organization", "create", "--slug", slug, "--name", "Hillside Women's Network");
        var invitation = Invitation.From(output);

        var browser = app.NewBrowser();
        var form = await browser.GetAsync(new Uri(invitation.Link).PathAndQuery);
        var joined = await browser.SubmitFormAsync(new Uri(invitation.Link).PathAndQuery, Registration(null, "First Coordinator " + slug[..6]));

        Assert.Equal(0, exit);
        Assert.StartsWith(PublicAddressApp.PublicUrl + "/join/", invitation.Link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
        var user = await users.FindByNameAsync("First Coordinator " + slug[..6]);
        Assert.NotNull(user);
        Assert.Equal(await OrganizationIdAsync(slug), user.OrganizationId);
        Assert.Equal([Roles.Coordinator], await users.GetRolesAsync(user));
    }

    [Fact]
    public async Task OrganizationCreate_PrintedCode_WorksOnceOnly()
    {
        var (_, output) = await RunAsync("organization", "create", "--slug", NewSlug(), "--name", "Once Only");
        var invitation = Invitation.From(output);

        var first = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, "Coordinator " + Guid.NewGuid().ToString("N")[..6]));
        var again = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, "Someone " + Guid.NewGuid().ToString("N")[..6]));
        var byLink = await app.NewBrowser().GetAsync(new Uri(invitation.Link).PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This invitation does not work", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("This invitation link does not work any more", await byLink.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizationCreate_InvitationAfter24Hours_HasExpired()
    {
        var (_, output) = await RunAsync("organization", "create", "--slug", NewSlug(), "--name", "Slow Start");
        var invitation = Invitation.From(output);
        app.Clock.Advance(OrganizationCommand.FirstInvitationValidFor + TimeSpan.FromMinutes(1));

        var late = await app.NewBrowser().SubmitFormAsync("/join", Registration(invitation.Code, "Late " + Guid.NewGuid().ToString("N")[..6]));

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("This invitation does not work", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizationCreate_DuplicateSlug_IsRefusedWithNonZeroExit()
    {
        var slug = NewSlug();
        Assert.Equal(0, (await RunAsync("organization", "create", "--slug", slug, "--name", "First")).Exit);

        var (exit, output) = await RunAsync("organization", "create", "--slug", slug, "--name", "Second");

        Assert.NotEqual(0, exit);
        Assert.Contains($"An organization with the slug \"{slug}\" exists already", output, StringComparison.Ordinal);
        Assert.DoesNotContain("link:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Has Spaces")]
    [InlineData("UPPER")]
    [InlineData("-starts-with-a-dash")]
    [InlineData("x")]
    [InlineData("a/b")]
    public async Task OrganizationCreate_BadSlug_IsRefusedWithNonZeroExit(string slug)
    {
        var (exit, output) = await RunAsync("organization", "create", "--slug", slug, "--name", "Anything");

        Assert.Equal(OrganizationCommand.Refused, exit);
        Assert.Contains("cannot be a slug", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("organization")]
    [InlineData("organization", "create", "--slug", "only-a-slug")]
    [InlineData("organization", "create", "--slug", "a-slug", "--name", "A name", "--colour", "blue")]
    [InlineData("organization", "delete", "--slug", "a-slug")]
    public async Task Organization_WrongArguments_ExitsNonZeroWithUsage(params string[] args)
    {
        var (exit, output) = await RunAsync(args);

        Assert.Equal(OrganizationCommand.Usage, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizationList_ShowsSlugNameCreatedAndHowManyPeople_NoPersonalData()
    {
        var organization = await app.CreateOrganizationAsync();

        var (exit, output) = await RunAsync("organization", "list");

        Assert.Equal(0, exit);
        Assert.Matches($@"(?m)^{organization.Slug}\s+Test organization\s+\d{{4}}-\d{{2}}-\d{{2}}\s+{Roles.All.Count}\s*$", output);
        Assert.DoesNotContain(organization.Coordinator.UserName, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizationInvite_WithNoCoordinatorYet_GivesANewInvitation_ButNotOnceOneExists()
    {
        var slug = NewSlug();
        await RunAsync("organization", "create", "--slug", slug, "--name", "Lost Note");
        var staffed = await app.CreateOrganizationAsync();

        var (exit, output) = await RunAsync("organization", "invite", "--slug", slug);
        var (refusedExit, refused) = await RunAsync("organization", "invite", "--slug", staffed.Slug);

        Assert.Equal(0, exit);
        var joined = await app.NewBrowser().SubmitFormAsync("/join", Registration(Invitation.From(output).Code, "Replacement " + slug[..6]));
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(OrganizationCommand.Refused, refusedExit);
        Assert.Contains("has a coordinator already", refused, StringComparison.Ordinal);
    }

    private sealed partial record Invitation(string Link, string Code)
    {
        public static Invitation From(string output) => new(
            LinkLine().Match(output) is { Success: true } link ? link.Groups[1].Value : throw new InvalidOperationException("No link in: " + output),
            CodeLine().Match(output) is { Success: true } code ? code.Groups[1].Value : throw new InvalidOperationException("No code in: " + output));

        [GeneratedRegex(@"link: (\S+)")]
        private static partial Regex LinkLine();

        [GeneratedRegex(@"code: (\S+)")]
        private static partial Regex CodeLine();
    }

    private static Dictionary<string, string> Registration(string? code, string pseudonym) => new()
    {
        ["Form.Code"] = code ?? "",
        ["Form.Pseudonym"] = pseudonym,
        ["Form.Password"] = "a long coordinator password 42",
        ["Form.ConfirmPassword"] = "a long coordinator password 42",
    };

    private static string NewSlug() => "charity-" + Guid.NewGuid().ToString("N")[..10];

    private async Task<Guid> OrganizationIdAsync(string slug)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Circles.Web.Data.CirclesDb>();
        return Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Organizations).Single(o => o.Slug == slug).Id;
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await OrganizationCommand.RunAsync(args, app.Services, output);
        return (exit, output.ToString());
    }

    private static async Task<(int Exit, string Output)> RunProgramAsync(IDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Circles.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
