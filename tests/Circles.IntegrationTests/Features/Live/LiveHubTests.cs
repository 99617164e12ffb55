using System.Net.WebSockets;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Live;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Live;

/// <summary>They prove who hears what on the live channel: only the person a change is addressed to.</summary>
[Collection(SharedApp.Name)]
public sealed class LiveHubTests(SharedCirclesApp app)
{
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

    private Task<WebSocket> ConnectAsync(TestUser user) => LiveSocket.ConnectAsync(app, user);

    private static Task<string> ReceiveAsync(WebSocket socket, TimeSpan within) => LiveSocket.ReceiveAsync(socket, within);
}
