using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Circles.Web.Features.Live;

/// <summary>
/// Live updates for signed-in pages. Each connection joins only its own person's channel; the
/// server decides who hears about what (see <see cref="LiveUpdates"/>), so nobody can subscribe
/// to a conversation or a group by naming it. Clients call nothing here: messages are still
/// sent by ordinary form posts, which keeps anti-forgery, validation and rate limits in one place.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class LiveHub : Hub
{
    public static string ChannelOf(Guid userId) => "user:" + userId.ToString("N");

    public override async Task OnConnectedAsync()
    {
        if (Context.User?.GetUserId() is { } userId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ChannelOf(userId));
        }
        await base.OnConnectedAsync();
    }
}
