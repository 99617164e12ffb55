using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Security;

[Collection(SharedApp.Name)]
public sealed class HeaderTests(SharedCirclesApp app)
{
    [Theory]
    [InlineData("/account/signin")]
    [InlineData("/")]
    [InlineData("/healthz")]
    public async Task AnyResponse_CarriesTheSecurityHeaders(string url)
    {
        var response = await app.NewBrowser().GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' 'nonce-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Cross-Origin-Opener-Policy")));
    }

    [Fact]
    public async Task Page_ScriptsCarryThisResponsesNonceAndNoInlineScript()
    {
        var response = await app.NewBrowser().GetAsync("/account/signin");
        var nonce = System.Text.RegularExpressions.Regex.Match(
            string.Join(";", response.Headers.GetValues("Content-Security-Policy")), "nonce-([^']+)").Groups[1].Value;
        var document = await response.ParseAsync();

        var scripts = document.QuerySelectorAll("script");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script =>
        {
            Assert.Equal(nonce, script.GetAttribute("nonce"));
            Assert.False(string.IsNullOrEmpty(script.GetAttribute("src")), "inline script found");
        });
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }

    [Theory]
    [InlineData("/home/member")]
    [InlineData("/account")]
    [InlineData("/account/sessions")]
    public async Task SignedInPage_IsNeverCached(string url)
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Member);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url} lacks Cache-Control: no-store");
    }
}

/// <summary>SEC-9 and SEC-24 outside Development: HSTS on, and an error shows a generic page.</summary>
public sealed class ProductionApp : CirclesApp
{
    protected override string Environment => "Production";
}

public sealed partial class ProductionHeaderTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task Https_OutsideDevelopment_SendsHsts()
    {
        var response = await app.NewBrowser().GetAsync("/account/signin");

        Assert.Contains("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crash_OutsideDevelopment_ShowsGenericPageWithoutDetails()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Coordinator);
        // Break the table one page needs, so that the page really throws.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
            // Other tables refer to it (a volunteer's application, its open invitation): PostgreSQL
            // drops those references with it only when told.
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "DROP TABLE \"Invitations\" CASCADE" : "DROP TABLE \"Invitations\"");
        }

        var response = await client.GetAsync("/invitations");
        // The anti-forgery tokens of the layout's forms are random text that now and then spells
        // "sql"; everything else on the page is searched.
        var body = AntiforgeryTokenValue().Replace(await response.Content.ReadAsStringAsync(), "value=\"(token)\"");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQL", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("no such table", body, StringComparison.OrdinalIgnoreCase);
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?<=name=\"__RequestVerificationToken\"[^>]*)value=\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryTokenValue();
}
