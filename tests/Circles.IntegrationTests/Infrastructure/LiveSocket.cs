using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.TestHost;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// A signed-in person's live channel. It speaks SignalR's JSON protocol over a WebSocket (the
/// .NET SignalR client is not in the registry here, so this speaks it by hand: a handshake, then
/// records ending in 0x1E).
/// </summary>
public static class LiveSocket
{
    private const char RecordSeparator = '\u001e';

    public static async Task<WebSocket> ConnectAsync(CirclesApp app, TestUser user)
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
    public static async Task<string> ReceiveAsync(WebSocket socket, TimeSpan within)
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
