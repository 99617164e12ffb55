

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>Copies a signed-in browser's session cookie, as someone who stole it would, and replays it.</summary>
public static class SessionCookie
{
    /// <summary>Outside Development every cookie is __Host- prefixed (SEC-16); the tests run as "Testing".</summary>
    public const string SessionCookieName = "__Host-circles";

    public static string Read(HttpClient client, CirclesApp app) =>
        app.CookiesOf(client).GetCookies(new Uri("https://localhost/"))[SessionCookieName]?.Value
        ?? throw new InvalidOperationException("No session cookie was issued.");

    public static HttpClient ClientWith(CirclesApp app, string cookieValue)
    {
        var client = app.CreateDefaultClient(new Uri("https://localhost"));
        client.DefaultRequestHeaders.Add("Cookie", $"{SessionCookieName}={cookieValue}");
        return client;
    }
}
