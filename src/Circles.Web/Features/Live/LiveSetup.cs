using Circles.Web.Accounts;

namespace Circles.Web.Features.Live;

public static class LiveSetup
{
    public const string HubPath = "/live";

    public static void AddLive(this WebApplicationBuilder builder)
    {
        // Nothing but topics and counts travel over the hub; keep messages tiny.
        builder.Services.AddSignalR(options => options.MaximumReceiveMessageSize = 4 * 1024);
        builder.Services.AddScoped<LiveUpdates>();
    }

    public static void MapLive(this WebApplication app) =>
        app.MapHub<LiveHub>(HubPath).RequireAuthorization(Policies.SignedIn);
}
