using System.Net;
using System.Net.Sockets;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>
/// Circles as a charity runs it: no demo organization, and a public address (Circles:PublicUrl)
/// that links are built from. The address must be known before the server starts, so the port is
/// chosen first.
/// </summary>
public sealed class RealCharityServer : CirclesServer
{
    public RealCharityServer()
        : this(FreeLoopbackPort())
    {
    }

    private RealCharityServer(int port)
        : base(port)
    {
        PublicUrl = $"https://127.0.0.1:{port}";
    }

    public string PublicUrl { get; }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "false",
        ["Circles:PublicUrl"] = PublicUrl,
    };

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
