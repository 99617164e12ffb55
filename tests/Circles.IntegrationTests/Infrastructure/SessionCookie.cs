using Circles.Web.Accounts;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>Copies a signed-in browser's session cookie, as someone who stole it would, and replays it.</summary>
public static class SessionCookie
{
    public static string Read(HttpClient client, CirclesApp app) =>
        app.CookiesOf(client).GetCookies(new Uri("https://localhost/"))[AccountsSetup.CookieName]?.Value
        ?? throw new InvalidOperationException("No session cookie was issued.");

    public static HttpClient ClientWith(CirclesApp app, string cookieValue)
    {
        var client = app.CreateDefaultClient(new Uri("https://localhost"));
        client.DefaultRequestHeaders.Add("Cookie", $"{AccountsSetup.CookieName}={cookieValue}");
        return client;
    }
}
