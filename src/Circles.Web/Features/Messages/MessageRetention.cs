using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Messages;

/// <summary>
/// SEC-35: every hour, for each organization that set <see cref="Organizations.Organization.MessageRetentionDays"/>,
/// deletes for good (no soft delete) direct messages and discussion posts older than that many
/// days, the threads left without posts (their read marks go with them), read notifications and
/// closed crisis alerts of the same age. One audit row per organization says how many of each,
/// never what they said. Organizations that keep messages (null) are not touched.
/// </summary>
public sealed class MessageRetention(IServiceScopeFactory scopes, TimeProvider clock, Leases leases, ILogger<MessageRetention> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>The job's lease: with several nodes on one database, one of them runs it (docs/scaling.md).</summary>
    public const string LeaseName = "message-retention";

    /// <summary>Held for two periods and renewed every period, so the node that runs the job keeps it; another takes over when it stops renewing.</summary>
    public static readonly TimeSpan LeaseDuration = 2 * Interval;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The period runs on the machine's timer, not on the injected clock: that clock decides
        // what is old, and tests move it by days (FakeTimeProvider fires its own timers when
        // moved), then run a pass themselves rather than have one start behind their back.
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await RunIfLeaseHeldAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Message retention failed ({Error}); trying again in an hour", exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass, when this node holds the job's lease; returns whether it ran.</summary>
    public async Task<bool> RunIfLeaseHeldAsync(CancellationToken cancellationToken)
    {
        if (!await leases.TryAcquireAsync(LeaseName, LeaseDuration, cancellationToken))
        {
            return false;
        }
        await RunOnceAsync(cancellationToken);
        return true;
    }

    /// <summary>One pass over every organization; returns how many rows were deleted in all.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<(Guid Id, int Days)> organizations;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
            organizations = [.. (await db.Organizations.IgnoreQueryFilters()
                    .Where(o => o.MessageRetentionDays != null)
                    .Select(o => new { o.Id, Days = o.MessageRetentionDays!.Value })
                    .ToListAsync(cancellationToken))
                .Select(o => (o.Id, o.Days))];
        }
        var total = 0;
        foreach (var (organizationId, days) in organizations)
        {
            total += await RunForAsync(organizationId, days, cancellationToken);
        }
        return total;
    }

    private async Task<int> RunForAsync(Guid organizationId, int days, CancellationToken cancellationToken)
    {
        // A scope per organization: its tenant filter then applies to every delete below.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organizationId);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-days);

        var messages = await db.DirectMessages.Where(m => m.SentAt < before).ExecuteDeleteAsync(cancellationToken);
        var posts = await db.DiscussionPosts.Where(p => p.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
        var threads = await db.DiscussionThreads
            .Where(t => t.CreatedAt < before && !db.DiscussionPosts.Any(p => p.ThreadId == t.Id))
            .ExecuteDeleteAsync(cancellationToken);
        var notifications = await db.Notifications.Where(n => n.ReadAt != null && n.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
        var alerts = await db.CrisisAlerts.Where(a => a.AcknowledgedAt != null && a.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);

        var total = messages + posts + threads + notifications + alerts;
        if (total > 0)
        {
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            audit.Record(organizationId, null, AuditActions.MessagesDeletedByRetention,
                $"messages={messages};posts={posts};threads={threads};notifications={notifications};alerts={alerts}");
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Retention deleted {Messages} messages, {Posts} posts, {Threads} threads, {Notifications} notifications and {Alerts} alerts of an organization",
                messages, posts, threads, notifications, alerts);
        }
        return total;
    }
}
