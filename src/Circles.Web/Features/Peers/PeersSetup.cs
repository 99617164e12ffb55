using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Peers;

public static class PeersSetup
{
    /// <summary>The consent rules of a peer match, and the load and supervision of the people who support others; who may see and take part in a peer connection.</summary>
    public static WebApplicationBuilder AddPeers(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PeerMatchFlow>();
        builder.Services.AddScoped<SupervisionCheckIns>();
        builder.Services.AddScoped<SupporterLoads>();
        builder.Services.AddSingleton<IAuthorizationHandler, PeerMatchAccess>();
        return builder;
    }
}
