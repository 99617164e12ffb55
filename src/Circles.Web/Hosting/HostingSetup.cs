using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace Circles.Web.Hosting;

public static class HostingSetup
{
    public const string KnownProxiesSetting = "Circles:KnownProxies";

    /// <summary>
    /// Running behind a reverse proxy that ends TLS: the client's address and scheme are taken
    /// from X-Forwarded-For and X-Forwarded-Proto only when the request comes from a configured
    /// proxy (anyone else could forge them to dodge the per-address rate limits, SEC-13); links
    /// people are shown use the public address; and with a public address set, requests for any
    /// other host name are refused (400).
    /// </summary>
    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        var publicAddress = new PublicAddress(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(publicAddress);

        var (proxies, networks) = ReadKnownProxies(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With no proxy named, nothing is forwarded: the middleware would otherwise believe the
            // headers from anyone once both lists below are empty.
            options.ForwardedHeaders = proxies.Count + networks.Count > 0
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;
            // The defaults trust loopback; Circles trusts only what the operator named.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });

        if (publicAddress.Configured is { } configured)
        {
            // Only when AllowedHosts was left at "*": an operator who listed hosts keeps their list.
            builder.Services.PostConfigure<HostFilteringOptions>(options =>
            {
                if (options.AllowedHosts.Count == 0 || options.AllowedHosts.Contains("*"))
                {
                    options.AllowedHosts = [configured.IdnHost];
                }
            });
        }
        return builder;
    }

    private static (List<IPAddress> Proxies, List<System.Net.IPNetwork> Networks) ReadKnownProxies(ConfigurationManager configuration)
    {
        var section = configuration.GetSection(KnownProxiesSetting);
        // An array (Circles__KnownProxies__0, __1…) or one value separated by commas.
        var values = section.Value is { Length: > 0 } single
            ? single.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(child => child.Value?.Trim()).OfType<string>().Where(v => v.Length > 0).ToArray();
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var value in values)
        {
            if (value.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(value, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(value, out var address))
            {
                proxies.Add(address);
            }
            else
            {
                throw new RefusedToStartException(
                    $"Circles__KnownProxies ({KnownProxiesSetting}) holds \"{value}\", which is neither an IP address (10.0.0.2) nor a network (10.0.0.0/24).");
            }
        }
        return (proxies, networks);
    }
}
