using Microsoft.AspNetCore.SignalR;

namespace Circles.Web.Features.Live;

/// <summary>
/// Tells open pages that something changed. The payload is only a topic ("match:{id}",
/// "thread:{id}", "group:{id}") and counts, never content: the page fetches the new part itself
/// through the same authorized page handler that renders it, so blocks, hiding and access rules
/// apply to live updates exactly as to a reload.
/// </summary>
public sealed class LiveUpdates(IHubContext<LiveHub> hub, ILogger<LiveUpdates> logger)
{
    public const string ChangedEvent = "changed";
    public const string UnreadEvent = "unread";

    public static string MatchTopic(Guid matchId) => "match:" + matchId.ToString("N");
    public static string ThreadTopic(Guid threadId) => "thread:" + threadId.ToString("N");
    public static string GroupTopic(Guid groupId) => "group:" + groupId.ToString("N");

    public async Task ChangedAsync(IEnumerable<Guid> userIds, string topic)
    {
        var channels = userIds.Distinct().Select(LiveHub.ChannelOf).ToList();
        if (channels.Count == 0)
        {
            return;
        }
        await SendAsync(() => hub.Clients.Groups(channels).SendAsync(ChangedEvent, topic));
    }

    public async Task UnreadAsync(Guid userId, int notifications, int messages) =>
        await SendAsync(() => hub.Clients.Group(LiveHub.ChannelOf(userId)).SendAsync(UnreadEvent, new { notifications, messages }));

    /// <summary>A live update is a courtesy: the data is saved and the next page load shows it, so a failed push must not fail the request.</summary>
    private async Task SendAsync(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "A live update could not be pushed");
        }
    }
}
