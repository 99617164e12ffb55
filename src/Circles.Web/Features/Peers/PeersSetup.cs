using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Peers;

public static class PeersSetup
{
    /// <summary>Who may see and take part in a peer connection.</summary>
    public static WebApplicationBuilder AddPeers(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IAuthorizationHandler, PeerMatchAccess>();
        return builder;
    }
}
