namespace Circles.Web.Features.Peers;

public static class PeersSetup
{
    /// <summary>The consent rules of a peer match, and the load and supervision of the people who support others.</summary>
    public static WebApplicationBuilder AddPeers(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PeerMatchFlow>();
        builder.Services.AddScoped<SupervisionCheckIns>();
        builder.Services.AddScoped<SupporterLoads>();
        return builder;
    }
}
