using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Directory.Hsds.Import;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>
/// /directory/data: a coordinator uploads a datapackage or JSON (SEC-25: capped, kind from the
/// content) and reads the report in plain words, and downloads exports; the trusted-partner
/// export needs a reason and is audited. Other roles and other organizations get nothing.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class DirectoryDataPageTests(SharedCirclesApp app)
{
    private const string Page = "/directory/data";

    [Fact]
    public async Task Get_AsCoordinator_ShowsImportAndExportForms()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);

        var (response, document) = await client.GetPageAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(document.QuerySelector("form[enctype='multipart/form-data'] input[type=file][name=upload]"));
        Assert.Equal(2, document.QuerySelectorAll("form[action*='handler=Export'] button[name=format]").Length);
        Assert.NotNull(document.QuerySelector("form[action*='handler=TrustedExport'] input[name='Trusted.Reason']"));
        Assert.Contains("The directory is empty.", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ZipDatapackage_AsCoordinator_ImportsAndShowsCounts()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);

        var response = await UploadAsync(client, "directory.zip", HsdsExamples.Zip(HsdsExamples.Csv));

        var document = await response.ParseAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = document.QuerySelector("main .hsds-report[role=status]")!;
        Assert.Contains("Import finished", report.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Services", "1", "0", "0"], report.QuerySelectorAll("tr[data-table=service] td").Select(td => td.TextContent));
        Assert.Equal(HsdsSchema.Tables.Count, (await HsdsTestDirectory.Of(organization).CountsAsync()).Count);
        Assert.Equal("1", document.QuerySelector("table[data-holdings] tr[data-table=service] td:last-child")!.TextContent);
        var audit = await AuditAsync(organization, AuditActions.DirectoryImported);
        Assert.Equal((organization.Coordinator.Id, "csv"), (audit.Single().ActorUserId, audit.Single().Subject));
    }

    [Fact]
    public async Task Upload_JsonWithProblem_AsCoordinator_ListsWhereAndWritesNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);
        var json = File.ReadAllText(HsdsExamples.Json("service_full.json"));
        var first = json.IndexOf("\"wkst\": \"TU\"", StringComparison.Ordinal);
        json = json[..first] + "\"wkst\": \"Tuesday\"" + json[(first + "\"wkst\": \"TU\"".Length)..];

        var response = await UploadAsync(client, "service_full.json", Encoding.UTF8.GetBytes(json));

        var document = await response.ParseAsync();
        var report = document.QuerySelector("main .error-summary.hsds-report")!;
        Assert.Contains("Nothing was imported", report.TextContent, StringComparison.Ordinal);
        var problem = Assert.Single(report.QuerySelectorAll("li"));
        Assert.Contains("service_full.json, at $.schedules[0], wkst", problem.TextContent, StringComparison.Ordinal);
        Assert.Contains("“Tuesday” is not one of the allowed values: MO, TU, WE, TH, FR, SA, SU.", problem.TextContent, StringComparison.Ordinal);
        Assert.Empty(await HsdsTestDirectory.Of(organization).CountsAsync());
    }

    [Fact]
    public async Task Upload_JsonNamedZip_AsCoordinator_IsReadByItsContent()
    {
        // SEC-25: the kind of file comes from its content, not its name.
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);

        var response = await UploadAsync(client, "directory.zip", File.ReadAllBytes(HsdsExamples.Json("taxonomy.json")));

        Assert.Contains("Import finished", (await response.ParseAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["taxonomy"], (await HsdsTestDirectory.Of(organization).CountsAsync()).Keys);
    }

    [Fact]
    public async Task Upload_WrongContent_AsCoordinator_SaysWhichFilesWork()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        var response = await UploadAsync(client, "directory.zip", png);

        var text = (await response.ParseAsync()).QuerySelector("main .error-summary")!.TextContent;
        Assert.Contains("This file is neither an HSDS datapackage (.zip) nor HSDS JSON.", text, StringComparison.Ordinal);
        Assert.Empty(await HsdsTestDirectory.Of(organization).CountsAsync());
    }

    [Fact]
    public async Task Upload_TooLarge_AsCoordinator_SaysTheLimitAndWritesNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);
        var large = new byte[HsdsLimits.MaxUploadBytes + 1];
        Array.Fill(large, (byte)' ');
        large[0] = (byte)'[';
        large[^1] = (byte)']';

        var response = await UploadAsync(client, "big.json", large);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This file is larger than 10 MB.", (await response.ParseAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await HsdsTestDirectory.Of(organization).CountsAsync());
    }

    [Fact]
    public async Task Upload_NoFile_AsCoordinator_AsksForOne()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);

        var response = await UploadAsync(client, null, null);

        Assert.Contains("Choose a file to import.", (await response.ParseAsync()).QuerySelector("main .error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_AsCoordinator_DownloadsBothFormsAndAudits()
    {
        var organization = await app.CreateOrganizationAsync();
        Assert.True((await HsdsTestDirectory.Of(organization).ImportAsync(HsdsExamples.Csv)).Succeeded);
        var client = await app.SignedInAsync(organization.Coordinator);

        var zip = await ExportAsync(client, new Dictionary<string, string> { ["format"] = "csv" });
        var json = await ExportAsync(client, new Dictionary<string, string> { ["format"] = "json" });

        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        Assert.Equal("directory-hsds.zip", zip.Content.Headers.ContentDisposition?.FileNameStar ?? zip.Content.Headers.ContentDisposition?.FileName);
        using (var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync()))
        {
            Assert.Equal(HsdsSchema.Tables.Count + 1, archive.Entries.Count);
            Assert.NotNull(archive.GetEntry("datapackage.json"));
            using var services = new StreamReader(archive.GetEntry("services.csv")!.Open());
            Assert.Contains("Community Counselling", await services.ReadToEndAsync(), StringComparison.Ordinal);
        }
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        using (var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Community Counselling", document.RootElement.GetProperty("services.csv")[0].GetProperty("name").GetString());
        }
        Assert.Equal(["csv", "json"], (await AuditAsync(organization, AuditActions.DirectoryExported)).Select(e => e.Subject));
    }

    [Fact]
    public async Task TrustedExport_WithoutReason_AsCoordinator_AsksWhyAndExportsNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);

        var response = await client.SubmitFormAsync(Page, new Dictionary<string, string> { ["Trusted.Reason"] = "  " }, "form[action*='handler=TrustedExport']");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Say why this partner needs the confidential addresses.", (await response.ParseAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await AuditAsync(organization, AuditActions.DirectoryExportedForTrustedPartner));
    }

    [Fact]
    public async Task TrustedExport_WithReason_AsCoordinator_IncludesConfidentialAddressAndAudits()
    {
        var organization = await app.CreateOrganizationAsync();
        var directory = HsdsTestDirectory.Of(organization);
        Assert.True((await directory.ImportAsync(HsdsExamples.Csv)).Succeeded);
        await directory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CirclesDb>();
            (await db.Set<HsdsLocation>().SingleAsync()).IsConfidential = true;
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInAsync(organization.Coordinator);

        var ordinary = await ExportAsync(client, new Dictionary<string, string> { ["format"] = "json" });
        var trusted = await ExportAsync(client, new Dictionary<string, string> { ["Trusted.Reason"] = "Referral to the night shelter", ["Trusted.Format"] = "json" }, "TrustedExport");

        Assert.DoesNotContain("1-30 Main Street", await ordinary.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("1-30 Main Street", await trusted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = Assert.Single(await AuditAsync(organization, AuditActions.DirectoryExportedForTrustedPartner));
        Assert.Equal((organization.Coordinator.Id, "json: Referral to the night shelter"), (audit.ActorUserId, audit.Subject));
        Assert.Contains("Confidential places: 1", (await client.GetPageAsync(Page)).Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostImportAndExport_AsOtherRoles_AreRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        foreach (var person in new[] { organization.Facilitator, organization.Member, organization.PeerSupporter, organization.Volunteer, organization.Partner })
        {
            var client = await app.SignedInAsync(person);
            using var body = new MultipartFormDataContent { { new ByteArrayContent(HsdsExamples.Zip(HsdsExamples.Csv)), "upload", "directory.zip" } };

            var import = await client.PostAsync($"{Page}?handler=Import", body);
            var export = await client.PostAsync($"{Page}?handler=Export", new FormUrlEncodedContent(new Dictionary<string, string> { ["format"] = "csv" }));

            Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (import.StatusCode, export.StatusCode));
        }
        Assert.Empty(await HsdsTestDirectory.Of(organization).CountsAsync());
    }

    [Fact]
    public async Task ExportAndImport_AsAnotherOrganizationsCoordinator_TouchOnlyTheirOwnDirectory()
    {
        var ours = await app.CreateOrganizationAsync();
        Assert.True((await HsdsTestDirectory.Of(ours).ImportAsync(HsdsExamples.Csv)).Succeeded);
        var theirs = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(theirs.Coordinator);

        var export = await ExportAsync(client, new Dictionary<string, string> { ["format"] = "json" });
        using (var document = JsonDocument.Parse(await export.Content.ReadAsStringAsync()))
        {
            Assert.All(document.RootElement.EnumerateObject(), table => Assert.Equal(0, table.Value.GetArrayLength()));
        }
        var changed = File.ReadAllText(HsdsExamples.Json("organization_list.json")).Replace("Example Organization Inc.", "Renamed by them", StringComparison.Ordinal);
        Assert.Contains("Import finished", (await (await UploadAsync(client, "organization_list.json", Encoding.UTF8.GetBytes(changed))).ParseAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        Assert.Equal("Example Organization Inc.", Assert.Single(await HsdsTestDirectory.Of(ours).AllAsync<HsdsOrganization>()).Name);
        Assert.Equal("Renamed by them", Assert.Single(await HsdsTestDirectory.Of(theirs).AllAsync<HsdsOrganization>()).Name);
    }

    /// <summary>Posts the upload form as a browser does: multipart, with the page's anti-forgery token.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string? fileName, byte[]? content)
    {
        var (_, document) = await client.GetPageAsync(Page);
        var form = (IHtmlFormElement)document.QuerySelector("form[enctype='multipart/form-data']")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (fileName is not null)
        {
            body.Add(new ByteArrayContent(content!), "upload", fileName);
        }
        return await client.PostAsync(form.GetAttribute("action"), body);
    }

    private static async Task<HttpResponseMessage> ExportAsync(HttpClient client, IDictionary<string, string> values, string handler = "Export")
    {
        var response = await client.SubmitFormAsync(Page, values, $"form[action*='handler={handler}']");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{handler}: {(int)response.StatusCode}");
        return response;
    }

    private static Task<List<AuditEvent>> AuditAsync(TestOrganization organization, string action) =>
        HsdsTestDirectory.Of(organization).InScopeAsync(services => services.GetRequiredService<CirclesDb>().AuditEvents
            .Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());
}
