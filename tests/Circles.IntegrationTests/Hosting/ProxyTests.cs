using System.Net;
using System.Text;
using Circles.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Circles.IntegrationTests.Hosting;

/// <summary>
/// Circles behind a reverse proxy at 10.0.0.1 or in 10.9.0.0/16 (Circles:KnownProxies), with 2
/// sign-in, join and reset submissions per client address per minute. The test server has no
/// network, so each request is given the address it comes from directly.
/// </summary>
public sealed class ProxiedApp : CirclesApp
{
    public const string PublicHost = "circles.example.org";
    public const string Proxy = "10.0.0.1";

    protected override string Origin => "https://" + PublicHost;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Circles:PublicUrl"] = Origin,
        ["Circles:KnownProxies:0"] = Proxy,
        ["Circles:KnownProxies:1"] = "10.9.0.0/16",
        ["RateLimits:AuthPerIpPerMinute"] = "2",
    };
}

public sealed class ProxyTests(ProxiedApp app) : IClassFixture<ProxiedApp>
{
    [Fact]
    public async Task JoinAttempts_TwoClientsBehindTheKnownProxy_AreLimitedSeparately_SEC13()
    {
        var first = await PostJoinAsync(from: ProxiedApp.Proxy, forwardedFor: "203.0.113.10");
        var second = await PostJoinAsync(from: ProxiedApp.Proxy, forwardedFor: "203.0.113.10");
        var third = await PostJoinAsync(from: ProxiedApp.Proxy, forwardedFor: "203.0.113.10");
        var otherClient = await PostJoinAsync(from: ProxiedApp.Proxy, forwardedFor: "203.0.113.11");

        Assert.NotEqual(StatusCodes.Status429TooManyRequests, first);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, second);
        Assert.Equal(StatusCodes.Status429TooManyRequests, third);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, otherClient);
    }

    [Fact]
    public async Task JoinAttempts_ThroughAProxyOfAKnownNetwork_AreLimitedPerForwardedClient_SEC13()
    {
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, await PostJoinAsync(from: "10.9.4.2", forwardedFor: "203.0.113.20"));
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, await PostJoinAsync(from: "10.9.4.2", forwardedFor: "203.0.113.20"));
        Assert.Equal(StatusCodes.Status429TooManyRequests, await PostJoinAsync(from: "10.9.4.2", forwardedFor: "203.0.113.20"));
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, await PostJoinAsync(from: "10.9.4.2", forwardedFor: "203.0.113.21"));
    }

    [Fact]
    public async Task JoinAttempts_ForgedForwardedForFromAnUnknownAddress_ShareTheBucketOfTheRealAddress_SEC13()
    {
        // Someone not behind the proxy invents a new X-Forwarded-For for every attempt.
        var first = await PostJoinAsync(from: "198.51.100.7", forwardedFor: "203.0.113.30");
        var second = await PostJoinAsync(from: "198.51.100.7", forwardedFor: "203.0.113.31");
        var third = await PostJoinAsync(from: "198.51.100.7", forwardedFor: "203.0.113.32");

        Assert.NotEqual(StatusCodes.Status429TooManyRequests, first);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, second);
        Assert.Equal(StatusCodes.Status429TooManyRequests, third);
    }

    [Fact]
    public async Task SignInPage_ForwardedAsHttpsByTheKnownProxy_IsServedWithItsHttpsOnlyCookies()
    {
        // TLS ends at the proxy: Circles hears plain HTTP, and must still set its __Host- (Secure) cookies.
        var fromProxy = await SendAsync("GET", "/account/signin", from: ProxiedApp.Proxy, forwardedFor: "203.0.113.40", scheme: "http");
        var forged = await SendAsync("GET", "/healthz", from: "198.51.100.9", forwardedFor: "203.0.113.41", scheme: "http");

        Assert.Equal(StatusCodes.Status200OK, fromProxy.Response.StatusCode);
        Assert.Contains(fromProxy.Response.Headers.SetCookie, cookie => cookie!.StartsWith("__Host-", StringComparison.Ordinal));
        Assert.Equal("http", forged.Request.Scheme);
    }

    private async Task<int> PostJoinAsync(string from, string forwardedFor) =>
        (await SendAsync("POST", "/join", from, forwardedFor, "https", "Form.Code=NOTAC-ODE22")).Response.StatusCode;

    private Task<HttpContext> SendAsync(string method, string path, string from, string forwardedFor, string scheme, string? form = null) =>
        app.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(from);
            context.Request.Method = method;
            context.Request.Scheme = scheme;
            context.Request.Host = new HostString(ProxiedApp.PublicHost);
            context.Request.Path = path;
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            if (form is not null)
            {
                context.Request.ContentType = "application/x-www-form-urlencoded";
                context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(form));
            }
        });
}
