using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;

namespace Circles.Web.Features.Organizations;

/// <summary>
/// The organization settings every signed-in request reads: the layout's discreet title, icon,
/// exit address and crisis lines (SEC-2, SEC-6) and the idle limits of the session check (SEC-16).
/// </summary>
public sealed record OrganizationSnapshot(
    string DiscreetTitle, string DiscreetIcon, string ExitUrl, IReadOnlyList<string> CrisisLines,
    int MemberIdleMinutes, int StaffIdleMinutes);

/// <summary>
/// Keeps <see cref="OrganizationSnapshot"/> in memory for a few seconds, by organization id, so
/// that a page does not ask the database for the same organization row twice per request and on
/// every request (issue 17). Nothing about a person is kept. A save through <see cref="CirclesDb"/>
/// that touches an organization forgets it on this node at once (<see cref="OrganizationSnapshotEviction"/>);
/// another node sees the change within <see cref="Lifetime"/>.
/// </summary>
public sealed class OrganizationSnapshots(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Null when there is no such organization (never kept, so a new one is found at once).</summary>
    public async Task<OrganizationSnapshot?> GetAsync(CirclesDb db, Guid organizationId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(organizationId), out OrganizationSnapshot? known))
        {
            return known;
        }
        // Explicit filter on the id: the session check runs before the organization is known.
        var row = await db.Organizations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Id == organizationId)
            .Select(o => new { o.DiscreetTitle, o.DiscreetIcon, o.ExitUrl, o.CrisisLines, o.MemberIdleMinutes, o.StaffIdleMinutes })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        var snapshot = new OrganizationSnapshot(row.DiscreetTitle, row.DiscreetIcon, row.ExitUrl,
            row.CrisisLines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            row.MemberIdleMinutes, row.StaffIdleMinutes);
        return cache.Set(Key(organizationId), snapshot, Lifetime);
    }

    public void Forget(Guid organizationId) => cache.Remove(Key(organizationId));

    private static (Type, Guid) Key(Guid organizationId) => (typeof(OrganizationSnapshot), organizationId);
}

/// <summary>
/// Before and after a save, forgets the snapshot of every organization the context tracks, so a
/// changed setting shows on the next page (before: a deleted one is no longer tracked after).
/// </summary>
public sealed class OrganizationSnapshotEviction(OrganizationSnapshots snapshots) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Forget(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Forget(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Forget(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries<Organization>())
        {
            snapshots.Forget(entry.Entity.Id);
        }
    }
}
