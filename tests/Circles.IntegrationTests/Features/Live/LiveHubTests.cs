using System.Net.WebSockets;
using System.Text;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Live;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Live;

/// <summary>
/// The live channel speaks SignalR's JSON protocol over a WebSocket (the .NET SignalR client is
/// not in the registry here, so these tests speak it by hand: a handshake, then records ending
/// in 0x1E). They prove who hears what: only the person a change is addressed to.
/// </summary>
public sealed class LiveHubTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private const char RecordSeparator = '\u001e';

    [Fact]
    public async Task Anonymous_CannotConnect()
    {
        var client = app.Server.CreateWebSocketClient();
        await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(new Uri("wss://localhost/live"), CancellationToken.None));
    }

    [Fact]
    public async Task Changed_ReachesOnlyThePeopleItIsAddressedTo_AndCarriesNoContent()
    {
        var organization = await app.CreateOrganizationAsync();
        using var member = await ConnectAsync(organization.Member);
        using var peer = await ConnectAsync(organization.PeerSupporter);
        var topic = LiveUpdates.MatchTopic(Guid.NewGuid());

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<LiveUpdates>().ChangedAsync([organization.Member.Id], topic);
        }

        var received = await ReceiveAsync(member, TimeSpan.FromSeconds(10));
        Assert.Contains("\"target\":\"changed\"", received, StringComparison.Ordinal);
        Assert.Contains(topic, received, StringComparison.Ordinal);
        // The peer supporter's connection hears nothing (a ping at most).
        var other = await ReceiveAsync(peer, TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("changed", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unread_CountsReachTheirOwner()
    {
        var organization = await app.CreateOrganizationAsync();
        using var member = await ConnectAsync(organization.Member);
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<LiveUpdates>().UnreadAsync(organization.Member.Id, 2, 3);
        }
        var received = await ReceiveAsync(member, TimeSpan.FromSeconds(10));
        Assert.Contains("\"target\":\"unread\"", received, StringComparison.Ordinal);
        Assert.Contains("\"messages\":3", received, StringComparison.Ordinal);
    }

    private async Task<WebSocket> ConnectAsync(TestUser user)
    {
        var browser = await app.SignedInAsync(user);
        var cookieHeader = app.CookiesOf(browser).GetCookieHeader(new Uri("https://localhost/"));
        var client = app.Server.CreateWebSocketClient();
        client.ConfigureRequest = request => request.Headers.Cookie = cookieHeader;
        var socket = await client.ConnectAsync(new Uri("wss://localhost/live"), CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}" + RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);
        var handshake = await ReceiveAsync(socket, TimeSpan.FromSeconds(10));
        Assert.StartsWith("{}", handshake, StringComparison.Ordinal);
        // The server joins the person's channel in OnConnectedAsync, after the handshake answer;
        // it handles incoming messages only once that is done. A call to a method that does not
        // exist comes back as an error completion: after it, the channel is joined.
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"type\":1,\"invocationId\":\"ready\",\"target\":\"Ready\",\"arguments\":[]}" + RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);
        var completion = await ReceiveAsync(socket, TimeSpan.FromSeconds(10));
        Assert.Contains("\"invocationId\":\"ready\"", completion, StringComparison.Ordinal);
        return socket;
    }

    /// <summary>Whatever arrives within the time (empty when nothing does).</summary>
    private static async Task<string> ReceiveAsync(WebSocket socket, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        var buffer = new byte[8192];
        var text = new StringBuilder();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, timeout.Token);
                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                // A ping is {"type":6}; keep reading past pings until something else arrives.
                var records = text.ToString().Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries);
                if (result.EndOfMessage && records.Any(r => !r.Contains("\"type\":6", StringComparison.Ordinal)))
                {
                    return text.ToString();
                }
            }
        }
        catch (OperationCanceledException)
        {
            return text.ToString();
        }
    }
}
