using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Journal;

/// <summary>
/// SEC-20, SEC-27, SEC-33: a journal entry is readable only by its author; the database holds
/// no plaintext of it, nobody else (staff, other members, another organization) can open it,
/// and it never reaches the logs.
/// </summary>
public sealed class JournalPrivacyTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    [Fact]
    public async Task Entry_IsSealedAtRest_AndOnlyItsAuthorCanReadIt_Sec27_Sec20()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        var canary = JournalSteps.Canary();

        var id = await author.WriteAsync(canary, mood: "VeryLow", promptId: "helped-this-week");

        // The raw store (SQLite file with its WAL, or every PostgreSQL row) holds no plaintext.
        var raw = await app.RawDatabaseTextAsync();
        Assert.DoesNotContain(canary, raw, StringComparison.Ordinal);
        Assert.Contains(id.ToString(), raw, StringComparison.OrdinalIgnoreCase);

        // The author reads it, with its mood and question.
        var page = await author.MainTextAsync($"/journal/{id}");
        Assert.Contains(canary, page, StringComparison.Ordinal);
        Assert.Contains("Very low", page, StringComparison.Ordinal);
        Assert.Contains("What helped this week?", page, StringComparison.Ordinal);
        Assert.Contains(canary, await author.MainTextAsync("/journal"), StringComparison.Ordinal);

        var anotherMember = await app.AddUserAsync(organization.Id, Roles.Member);
        var others = new[]
        {
            (organization.Coordinator, HttpStatusCode.Forbidden),
            (organization.Facilitator, HttpStatusCode.Forbidden),
            (organization.PeerSupporter, HttpStatusCode.NotFound),
            (anotherMember, HttpStatusCode.NotFound),
            (other.Member, HttpStatusCode.NotFound),
            (other.Coordinator, HttpStatusCode.Forbidden),
        };
        foreach (var (person, expected) in others)
        {
            var client = await app.SignedInAsync(person);
            foreach (var url in new[] { $"/journal/{id}", $"/journal/{id}/edit", $"/journal/{id}/delete" })
            {
                var response = await client.GetAsync(url);
                Assert.True(expected == response.StatusCode, $"{person.UserName} on {url}: {response.StatusCode}");
                Assert.DoesNotContain(canary, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            var list = await client.GetAsync("/journal");
            Assert.DoesNotContain(canary, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            if (person.Roles.Any(Roles.Staff.Contains))
            {
                Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
            }

            // Nor can they change or delete it.
            var token = (await (await client.GetPageAsync("/account")).Response.ParseAsync()).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
            var delete = await client.PostAsync($"/journal/{id}/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            Assert.True(delete.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{person.UserName} deleting: {delete.StatusCode}");
        }
        Assert.Contains(canary, await author.MainTextAsync($"/journal/{id}"), StringComparison.Ordinal);

        // SEC-33: the words never reached a log line.
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Journal_ListsNewestFirst_TwentyAPage()
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        for (var i = 1; i <= 21; i++)
        {
            await author.WriteAsync($"entry number {i:00}");
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var first = await author.GetPageAsync("/journal");
        var entries = first.Document.QuerySelectorAll("[data-journal-entry]");
        Assert.Equal(20, entries.Length);
        Assert.Contains("entry number 21", entries[0].TextContent, StringComparison.Ordinal);
        var second = await author.GetPageAsync("/journal?page=2");
        var last = Assert.Single(second.Document.QuerySelectorAll("[data-journal-entry]"));
        Assert.Contains("entry number 01", last.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_WithNoText_KeepsTheChoicesAndSaysWhy()
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);

        var response = await author.SubmitFormAsync("/journal/new", new Dictionary<string, string> { ["Form.Text"] = "", ["Form.Mood"] = "Good" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.NotNull(page.QuerySelector("input[name='Form.Mood'][value='Good'][checked]"));
    }

    [Fact]
    public async Task Write_TooLong_IsRefusedAndKept()
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        var text = new string('a', 10_001);

        var response = await author.SubmitFormAsync("/journal/new", new Dictionary<string, string> { ["Form.Text"] = text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal(text, page.QuerySelector("textarea[name='Form.Text']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Edit_ChangesTheWords_AndDeleteRemovesTheRow()
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        var id = await author.WriteAsync("first words");

        var edit = await author.SubmitFormAsync($"/journal/{id}/edit", new Dictionary<string, string> { ["Form.Text"] = "second words", ["Form.Mood"] = "Okay" });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var page = await author.MainTextAsync($"/journal/{id}");
        Assert.Contains("second words", page, StringComparison.Ordinal);
        Assert.Contains("Okay", page, StringComparison.Ordinal);

        var delete = await author.SubmitFormAsync($"/journal/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/journal/{id}")).StatusCode);
        // A hard delete: the row is gone, not hidden.
        using var scope = app.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<Circles.Web.Data.CirclesDb>().JournalEntries.IgnoreQueryFilters().AnyAsync(e => e.Id == id));
    }

    [Fact]
    public async Task Edit_TwoWindowsWithTheSameVersion_SecondIsToldAndKeepsItsText_Sec43()
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        var id = await author.WriteAsync("the original words");
        var firstWindow = (await author.GetPageAsync($"/journal/{id}/edit")).Document.QuerySelector("main form") as AngleSharp.Html.Dom.IHtmlFormElement;
        var secondWindow = (await author.GetPageAsync($"/journal/{id}/edit")).Document.QuerySelector("main form") as AngleSharp.Html.Dom.IHtmlFormElement;

        var first = await author.SubmitAsync(firstWindow!, $"/journal/{id}/edit", new Dictionary<string, string> { ["Form.Text"] = "written in the first window" });
        var second = await author.SubmitAsync(secondWindow!, $"/journal/{id}/edit", new Dictionary<string, string> { ["Form.Text"] = "written in the second window" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await second.ParseAsync();
        Assert.Contains("This entry was changed in another window", page.QuerySelector("[data-conflict]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("written in the second window", page.QuerySelector("textarea[name='Form.Text']")!.TextContent.Trim());
        Assert.Contains("written in the first window", await author.MainTextAsync($"/journal/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MySpace_SaysWhoCanReadWhat_AndThatItIsOpen()
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);

        var page = (await author.GetPageAsync("/my-space")).Document;

        Assert.Contains("not Circles staff", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-private-space='open']"));
        foreach (var link in new[] { "/journal", "/wellbeing", "/safety-plan", "/account/data" })
        {
            Assert.NotNull(page.QuerySelector($"main a[href='{link}']"));
        }
    }
}
