using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Data;

/// <summary>
/// Who runs a periodic job of the cluster (<see cref="Name"/>), until when. Several Circles nodes
/// share one database; a background service works only while its node holds the job's lease, so
/// that retention, emails and the like run once per cluster, not once per node (docs/scaling.md).
/// Not an organization's row: it names jobs, never people.
/// </summary>
public sealed class ClusterLease
{
    public required string Name { get; set; }
    public required string Holder { get; set; }
    public DateTime ExpiresAt { get; set; }
}

internal sealed class ClusterLeaseConfiguration : IEntityTypeConfiguration<ClusterLease>
{
    public void Configure(EntityTypeBuilder<ClusterLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}

/// <summary>
/// Takes and renews leases in the database with one atomic UPDATE (taken when the lease expired
/// or this node already holds it), so it needs nothing but the database both providers share.
/// On PostgreSQL a second node's UPDATE waits for the first's row lock, then sees the renewed
/// expiry and changes nothing; on SQLite writes are serialized anyway.
/// </summary>
public sealed class Leases(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>This node: machine, process and an instance number (two nodes may share a process in tests).</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <returns>Whether this node holds the lease <paramref name="name"/> for <paramref name="duration"/> from now.</returns>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var holder = Holder;
        var taken = await db.ClusterLeases
            .Where(l => l.Name == name && (l.ExpiresAt < now || l.Holder == holder))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }
        if (await db.ClusterLeases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }
        // The job's first run anywhere: the primary key lets one node's insert win.
        db.ClusterLeases.Add(new ClusterLease { Name = name, Holder = holder, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
