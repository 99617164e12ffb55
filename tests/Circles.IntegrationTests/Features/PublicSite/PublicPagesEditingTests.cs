using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.PublicSite;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.PublicSite;

/// <summary>
/// Coordinators edit the public pages' texts: preview without saving, every save a version,
/// restore as a new version, only coordinators, and nothing written there runs (SEC-9).
/// </summary>
public sealed class PublicPagesEditingTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private const string Editor = "/settings/public-pages?text=Help&language=es";

    [Fact]
    public async Task Save_TwoVersions_PublicPageShowsTheNewest_HistoryListsBoth()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(coordinator, "## Primera versión\n\nLlama al 112.")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(coordinator, "## Segunda versión")).StatusCode);

        var visitor = app.NewBrowser();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var help = await (await visitor.GetAsync($"/public-site/{organization.Slug}/help")).ParseAsync();
        Assert.Equal("Segunda versión", help.QuerySelector(".prose h2")!.TextContent);
        var english = await (await app.NewBrowser().GetAsync($"/public-site/{organization.Slug}/help")).ParseAsync();
        Assert.DoesNotContain("Segunda", english.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var editor = await (await coordinator.GetAsync(Editor)).ParseAsync();
        Assert.Equal(2, editor.QuerySelectorAll("ol.version-list > li").Length);
        Assert.Contains(organization.Coordinator.UserName, editor.QuerySelector("ol.version-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("## Segunda versión", (editor.QuerySelector("textarea[name='Form.Markdown']") as IHtmlTextAreaElement)!.Value);
    }

    [Fact]
    public async Task Preview_RendersWithoutSaving()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var form = await FormAsync(coordinator);

        var response = await coordinator.SubmitAsync(form, "/settings/public-pages?handler=Preview", new Dictionary<string, string> { ["Form.Markdown"] = "## Solo una prueba" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("Solo una prueba", page.QuerySelector("#preview-heading + .prose h2")!.TextContent);
        Assert.Equal("## Solo una prueba", (page.QuerySelector("textarea[name='Form.Markdown']") as IHtmlTextAreaElement)!.Value);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.PublicPageVersions.CountAsync()));
    }

    [Fact]
    public async Task Restore_AnOlderVersion_AddsItAsTheNewest()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        await SaveAsync(coordinator, "## La buena");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await SaveAsync(coordinator, "## La mala");
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var restored = await coordinator.SubmitFormAsync(Editor, new Dictionary<string, string>(), "ol.version-list > li:nth-child(2) form");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var versions = await app.InOrganizationAsync(organization, db => db.PublicPageVersions.OrderBy(v => v.CreatedAt).ToListAsync());
        Assert.Equal(["## La buena", "## La mala", "## La buena"], versions.Select(v => v.Markdown));
        Assert.Equal(versions[0].Id, versions[2].RestoredFromId);
        var visitor = app.NewBrowser();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var help = await (await visitor.GetAsync($"/public-site/{organization.Slug}/help")).ParseAsync();
        Assert.Equal("La buena", help.QuerySelector(".prose h2")!.TextContent);
    }

    [Fact]
    public async Task Save_ScriptsRawHtmlAndJavaScriptLinks_NeverReachThePublicPage()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        await SaveAsync(coordinator,
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))\n\n![x](javascript:alert(1))\n\n<a href=\"javascript:alert(2)\">raw</a>\n\nSafe text");

        var visitor = app.NewBrowser();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var response = await visitor.GetAsync($"/public-site/{organization.Slug}/help");
        var prose = (await response.ParseAsync()).QuerySelector(".prose")!;
        Assert.Contains("Safe text", prose.TextContent, StringComparison.Ordinal);
        Assert.Empty(prose.QuerySelectorAll("script, img, iframe, style"));
        Assert.All(prose.QuerySelectorAll("a"), link => Assert.StartsWith("http", link.GetAttribute("href") ?? "http", StringComparison.Ordinal));
        Assert.All(prose.QuerySelectorAll("*"), element => Assert.DoesNotContain(element.Attributes, attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        // Raw HTML is shown as text, harmlessly.
        Assert.Contains("<script>alert(1)</script>", prose.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAfterSomeoneElseSaved_IsRefused_WithWhatWasTypedKept()
    {
        var organization = await app.CreateOrganizationAsync();
        var first = await app.SignedInAsync(organization.Coordinator);
        var second = await app.SignedInAsync(organization.Coordinator);
        var staleForm = await FormAsync(second);
        await SaveAsync(first, "## Primero");

        var response = await second.SubmitAsync(staleForm, Editor, new Dictionary<string, string> { ["Form.Markdown"] = "## Lo mío" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("## Lo mío", (page.QuerySelector("textarea[name='Form.Markdown']") as IHtmlTextAreaElement)!.Value);
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.PublicPageVersions.CountAsync()));
    }

    [Theory]
    [InlineData(Roles.Facilitator)]
    [InlineData(Roles.Volunteer)]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.Member)]
    [InlineData(Roles.PeerSupporter)]
    public async Task OtherRoles_Get403(string role)
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.People[role]);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Editor)).StatusCode);
    }

    [Fact]
    public async Task RestoreAnotherOrganizationsVersion_Is404()
    {
        var other = await app.CreateOrganizationAsync();
        var otherCoordinator = await app.SignedInAsync(other.Coordinator);
        await SaveAsync(otherCoordinator, "## De la otra");
        var otherVersion = await app.InOrganizationAsync(other, db => db.PublicPageVersions.Select(v => v.Id).SingleAsync());
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var form = await FormAsync(coordinator);

        var response = await coordinator.SubmitAsync(form, $"/settings/public-pages?handler=Restore&id={otherVersion}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.PublicPageVersions.CountAsync()));
        Assert.Equal(1, await app.InOrganizationAsync(other, db => db.PublicPageVersions.CountAsync()));
    }

    [Fact]
    public async Task Settings_PublicHost_MustBeAHostName_AndUniqueAcrossOrganizations()
    {
        var other = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(other, $"taken-{other.Slug}.example.org");
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var bad = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string> { ["Form.PublicHost"] = "https://learn.example.org/path" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Enter a host name such as", (await bad.ParseAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var taken = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string> { ["Form.PublicHost"] = $"Taken-{other.Slug}.example.org" });
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("Another organization already uses this host name.", (await taken.ParseAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var good = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string>
        {
            ["Form.PublicHost"] = $"Learn-{organization.Slug}.example.org",
            ["Form.PublicSiteEnabled"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var saved = await app.InOrganizationAsync(organization, db => db.Organizations.Select(o => new { o.PublicHost, o.PublicSiteEnabled }).SingleAsync());
        Assert.Equal($"learn-{organization.Slug}.example.org", saved.PublicHost);
        Assert.True(saved.PublicSiteEnabled);
        // Served at once under the new name (the settings page forgets the cached names).
        Assert.Equal(HttpStatusCode.OK, (await app.NewBrowser($"https://learn-{organization.Slug}.example.org").GetAsync("/help")).StatusCode);
    }

    private static async Task<IHtmlFormElement> FormAsync(HttpClient coordinator)
    {
        var page = await (await coordinator.GetAsync(Editor)).ParseAsync();
        return (IHtmlFormElement)page.QuerySelector("main form.stacked")!;
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient coordinator, string markdown) =>
        coordinator.SubmitFormAsync(Editor, new Dictionary<string, string> { ["Form.Markdown"] = markdown }, "main form.stacked");
}
