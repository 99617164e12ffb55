using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Security;

/// <summary>SEC-22: every page handler that accepts POST refuses a request without the anti-forgery token.</summary>
public sealed class AntiforgeryTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    /// <summary>Reached only by re-execution of an error status; they render a message and change nothing.</summary>
    private static readonly HashSet<string> ExemptPages = ["/Error", "/Status"];

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
            var url = "/" + (page.AttributeRouteInfo?.Template ?? "")
                .Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace("{groupId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace("{threadId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace("{token?}", "", StringComparison.Ordinal)
                .Replace("{code:int}", "500", StringComparison.Ordinal);
            handlers.AddRange(compiled.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                .Select(h => (url, h.Name)));
        }
        return handlers;
    }
}
