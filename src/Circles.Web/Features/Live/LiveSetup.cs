using Circles.Web.Accounts;
using StackExchange.Redis;

namespace Circles.Web.Features.Live;

public static class LiveSetup
{
    public const string HubPath = "/live";

    /// <summary>
    /// Redis (host:port, or any StackExchange.Redis configuration string) that several nodes share,
    /// so that an update posted on one node reaches pages open on another (docs/scaling.md).
    /// Unset, one node sends to its own connections, as it always did.
    /// </summary>
    public const string RedisSetting = "Redis:Connection";

    public static void AddLive(this WebApplicationBuilder builder)
    {
        // Nothing but topics and counts travel over the hub; keep messages tiny.
        var signalR = builder.Services.AddSignalR(options => options.MaximumReceiveMessageSize = 4 * 1024);
        if (builder.Configuration[RedisSetting] is { Length: > 0 } redis)
        {
            // Only topics and counts cross Redis too, never content (see LiveUpdates).
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = RedisChannel.Literal("circles"));
        }
        builder.Services.AddScoped<LiveUpdates>();
    }

    public static void MapLive(this WebApplication app) =>
        app.MapHub<LiveHub>(HubPath).RequireAuthorization(Policies.SignedIn);
}
