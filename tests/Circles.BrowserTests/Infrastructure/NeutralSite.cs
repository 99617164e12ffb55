using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>
/// Stands in for the ordinary websites that quick exit leads to. There is no network here, so
/// the browser context answers those addresses itself with a tiny "Weather" page, and records
/// how the browser asked for them (to check that no Referer leaves Circles, SEC-2).
/// </summary>
public sealed class NeutralSite
{
    public const string Title = "Weather";

    private const string Page =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Weather</title></head>" +
        "<body><main><h1>Weather</h1><p>Sunny intervals, light breeze.</p></main></body></html>";

    private readonly ConcurrentQueue<NeutralVisit> _visits = new();

    /// <summary>Every page (navigation) request the browser made to a neutral site.</summary>
    public IReadOnlyCollection<NeutralVisit> Visits => _visits;

    public static async Task<NeutralSite> ServeAsync(IBrowserContext context)
    {
        var site = new NeutralSite();
        foreach (var url in new[] { CirclesServer.DemoExitUrl, CirclesServer.AnonymousExitUrl })
        {
            var origin = new Uri(url).GetLeftPart(UriPartial.Authority);
            await context.RouteAsync(origin + "/**", async route =>
            {
                var request = route.Request;
                if (request.IsNavigationRequest)
                {
                    site._visits.Enqueue(new NeutralVisit(request.Url, await request.AllHeadersAsync()));
                }
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 200,
                    ContentType = "text/html; charset=utf-8",
                    Body = Page,
                });
            });
        }
        return site;
    }
}

public sealed record NeutralVisit(string Url, IReadOnlyDictionary<string, string> Headers);
