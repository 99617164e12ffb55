using System.Net;
using System.Text.Json;
using Circles.IntegrationTests.Features.Peers;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.MyData;

/// <summary>
/// "Download everything Circles holds about me" (issue 6): only after the password again, as a
/// browser download that no cache keeps (SEC-37), audited without content (SEC-32), with the
/// person's own canaries decrypted and nobody else's data.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class MyDataDownloadTests(SharedCirclesApp app)
{
    private static bool IsDownload(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.DispositionType == "attachment";

    [Fact]
    public async Task WithoutThePassword_OrWithAWrongOne_NoFileIsMade_SEC37()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var (page, document) = await member.GetPageAsync("/account/data");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("never sent by email", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/account/delete']"));

        var empty = await member.DownloadMyDataAsync("json", password: "");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.False(IsDownload(empty));
        Assert.Contains("Enter your password.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var wrong = await member.DownloadMyDataAsync("json", password: "not the password at all");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.False(IsDownload(wrong));
        Assert.Contains("That password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var audits = await app.InOrganizationAsync(organization, db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.MyDataExported));
        Assert.Equal(0, audits);
    }

    [Fact]
    public async Task Json_HoldsEveryCanaryOfThePerson_Decrypted_AndNothingOfAnyoneElse()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.AddUserAsync(organization.Id, Roles.Member);
        var mine = Canaries.For("mine");
        var theirs = Canaries.For("theirs");
        await app.SeedAsync(organization, organization.Member, organization.PeerSupporter, mine);
        await app.SeedAsync(organization, other, organization.PeerSupporter, theirs);
        var member = await app.SignedInAsync(organization.Member);

        var response = await member.DownloadMyDataAsync("json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(IsDownload(response));
        Assert.Matches(@"^my-data-\d{4}-\d{2}-\d{2}\.json$", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var json = await response.Content.ReadAsStringAsync();
        foreach (var canary in mine.All)
        {
            Assert.Contains(canary, json, StringComparison.Ordinal);
        }
        foreach (var canary in new[] { theirs.Journal, theirs.Need, theirs.Phone, theirs.Plan, theirs.Post, theirs.Sent })
        {
            Assert.DoesNotContain(canary, json, StringComparison.Ordinal);
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("Opened", root.GetProperty("privateSpace").GetString());
        var sections = root.GetProperty("sections");
        Assert.Equal(mine.Journal, sections.GetProperty("journal")[0].GetProperty("text").GetString());
        Assert.Equal(mine.Phone, sections.GetProperty("contactPreference")[0].GetProperty("phone").GetString());
        var received = sections.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("body").GetString() == mine.Received);
        Assert.Equal(organization.PeerSupporter.UserName, received.GetProperty("sender").GetString());
        Assert.Equal("you", received.GetProperty("recipient").GetString());
        Assert.Equal(organization.PeerSupporter.UserName, sections.GetProperty("blocks")[0].GetProperty("blocked").GetString());
        Assert.Equal(1, sections.GetProperty("groupMemberships").GetArrayLength());
        Assert.Equal(1, sections.GetProperty("attendance").GetArrayLength());
        Assert.Equal(1, sections.GetProperty("wellbeingCheckIns").GetArrayLength());
        Assert.Equal(1, sections.GetProperty("notifications").GetArrayLength());
        Assert.Equal(1, sections.GetProperty("consents").GetArrayLength());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", sections.GetProperty("wellbeingCheckIns")[0].GetProperty("takenAt").GetString()!);
        // Secrets never travel in the file.
        Assert.DoesNotContain("passwordHash", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wrappedKey", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(other.UserName, json, StringComparison.Ordinal);

        // SEC-32: the download is audited, without its content.
        var audit = await app.InOrganizationAsync(organization, db => db.AuditEvents.SingleAsync(a => a.Action == AuditActions.MyDataExported));
        Assert.Equal(organization.Member.Id, audit.ActorUserId);
        Assert.Equal("json", audit.Subject);

        // SEC-33: no canary and no password in the captured logs.
        var logs = string.Join('\n', app.Logs.Lines);
        foreach (var canary in mine.All)
        {
            Assert.DoesNotContain(canary, logs, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(CirclesApp.Password, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_IsAReadablePage_WithEveryValueEncoded_SEC23()
    {
        var organization = await app.CreateOrganizationAsync();
        var mine = Canaries.For("page");
        const string script = "<script>alert('canary-script-9')</script>";
        await app.SeedAsync(organization, organization.Member, organization.PeerSupporter, mine, journalText: script);
        var member = await app.SignedInAsync(organization.Member);

        var response = await member.DownloadMyDataAsync("html");

        Assert.True(IsDownload(response));
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.Contains("<title>My data</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Circles", html[..html.IndexOf("</title>", StringComparison.Ordinal)], StringComparison.Ordinal);
        foreach (var canary in mine.All.Where(c => c != mine.Journal))
        {
            Assert.Contains(canary, html, StringComparison.Ordinal);
        }
        Assert.Contains("<h2>Your journal entries</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>How to reach you</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APeerSupporter_SeesTheLanguagesTheySupportIn_InBothFormats()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.GivePeerProfileAsync(organization, organization.PeerSupporter, change: p => p.Languages = ["ar", "es"]);
        var peer = await app.SignedInAsync(organization.PeerSupporter);

        var json = JsonDocument.Parse(await (await peer.DownloadMyDataAsync("json")).Content.ReadAsStringAsync());
        var html = await (await peer.DownloadMyDataAsync("html")).Content.ReadAsStringAsync();

        var languages = json.RootElement.GetProperty("sections").GetProperty("peerSupporterProfile")[0].GetProperty("languages");
        Assert.Equal(["ar", "es"], languages.EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("ar, es", html, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Collections", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_HeadingsAreInThePersonsLanguage()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = app.NewBrowser();
        await member.SignInAsync(organization.Member);
        member.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var html = await (await member.DownloadMyDataAsync("html")).Content.ReadAsStringAsync();

        Assert.Contains("lang=\"es", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Tus entradas del diario</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoordinator_DownloadsTheirOwnData_NotTheMembers()
    {
        var organization = await app.CreateOrganizationAsync();
        var members = Canaries.For("member");
        await app.SeedAsync(organization, organization.Member, organization.PeerSupporter, members);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var response = await coordinator.DownloadMyDataAsync("json");

        Assert.True(IsDownload(response));
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains(organization.Coordinator.UserName, json, StringComparison.Ordinal);
        foreach (var canary in members.All)
        {
            Assert.DoesNotContain(canary, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnotherOrganizationsData_IsAbsent()
    {
        var organization = await app.CreateOrganizationAsync();
        var elsewhere = await app.CreateOrganizationAsync();
        var far = Canaries.For("far");
        await app.SeedAsync(elsewhere, elsewhere.Member, elsewhere.PeerSupporter, far);
        var member = await app.SignedInAsync(organization.Member);

        var json = await (await member.DownloadMyDataAsync("json")).Content.ReadAsStringAsync();

        Assert.Contains(organization.Member.UserName, json, StringComparison.Ordinal);
        foreach (var canary in far.All)
        {
            Assert.DoesNotContain(canary, json, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(elsewhere.Member.UserName, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAPasswordReset_TheFileSaysTheJournalCouldNotBeOpened_InsteadOfFailing()
    {
        var organization = await app.CreateOrganizationAsync();
        var mine = Canaries.For("reset");
        await app.SeedAsync(organization, organization.Member, organization.PeerSupporter, mine);
        const string newPassword = "a brand new test password 77";
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
            var user = (await users.FindByIdAsync(organization.Member.Id.ToString()))!;
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, newPassword);
        }
        var member = app.NewBrowser();
        await member.SignInAsync(organization.Member, newPassword);

        var response = await member.DownloadMyDataAsync("json", newPassword);

        Assert.True(IsDownload(response));
        var json = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(json);
        Assert.Equal("WrappedWithEarlierPassword", document.RootElement.GetProperty("privateSpace").GetString());
        Assert.Contains("earlier password", document.RootElement.GetProperty("privateSpaceNote").GetString()!, StringComparison.Ordinal);
        Assert.DoesNotContain(mine.Journal, json, StringComparison.Ordinal);
        Assert.Contains(mine.Need, json, StringComparison.Ordinal);
    }
}
