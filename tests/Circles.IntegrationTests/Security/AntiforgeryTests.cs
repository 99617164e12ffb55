using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Security;

/// <summary>SEC-22: every page handler that accepts POST refuses a request without the anti-forgery token.</summary>
public sealed partial class AntiforgeryTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    /// <summary>
    /// "/Error" and "/Status" are reached only by re-execution of an error status; they render a
    /// message and change nothing. "/PublicSite/Language" is a reviewed exception to SEC-22: the
    /// public pages' language choice takes no token so that the public pages set no cookie at all
    /// (issue 15); a forged request can only change the language someone reads them in.
    /// </summary>
    private static readonly HashSet<string> ExemptPages = ["/Error", "/Status", "/PublicSite/Language"];

    [Fact]
    public async Task EveryPostHandler_WithoutToken_Answers400()
    {
        var organization = await app.CreateOrganizationAsync();
        // Someone holding every role passes every policy, so only the missing token can refuse them.
        var everyRole = await app.AddUserAsync(organization.Id, [.. Circles.Web.Accounts.Roles.All]);
        var client = await app.SignedInAsync(everyRole);
        var handlers = await PostHandlersAsync();
        Assert.True(handlers.Count >= 10, $"only {handlers.Count} POST handlers found");

        var accepted = new List<string>();
        foreach (var (url, name) in handlers)
        {
            var target = name is null ? url : $"{url}?handler={name}";
            var response = await client.PostAsync(target, new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                accepted.Add($"{target} answered {(int)response.StatusCode}");
            }
        }
        Assert.Empty(accepted);
    }

    private async Task<List<(string Url, string? Handler)>> PostHandlersAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var pages = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>();
        var handlers = new List<(string, string?)>();
        foreach (var page in pages.Where(p => !ExemptPages.Contains(p.ViewEnginePath)))
        {
            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            // Every route value gets something of its type: a new id for {…:guid}, a word for the rest.
            var url = "/" + GuidParameter().Replace(page.AttributeRouteInfo?.Template ?? "", _ => Guid.NewGuid().ToString())
                .Replace("{token?}", "", StringComparison.Ordinal)
                .Replace("{code:int}", "500", StringComparison.Ordinal)
                .Replace("{slug}", "demo", StringComparison.Ordinal);
            handlers.AddRange(compiled.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                .Select(h => (url, h.Name)));
        }
        return handlers;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\w+:guid\??\}")]
    private static partial System.Text.RegularExpressions.Regex GuidParameter();
}
