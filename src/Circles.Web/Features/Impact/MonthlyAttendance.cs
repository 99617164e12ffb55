using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Impact;

/// <summary>
/// How many held sessions of a group a person came to in a calendar month (UTC): the summary the
/// impact dashboard reads instead of the attendance itself. One row per group, month and person
/// present at least once; nothing else (opting out of the figures is applied when reading, so it
/// takes effect at once). Kept by <see cref="MonthlyAttendanceKeeping"/> in the same save as every
/// change to attendance or to a held session, and erased with the person (SEC-36).
/// </summary>
/// <remarks>
/// Why a summary (issue 17, bench/README.md "ImpactDashboardBench"): the dashboard added up the
/// ~259,000 present rows of a million attendance rows six times (1 s a pass on SQLite, 0.6–0.9 s on
/// PostgreSQL); one pass aggregated several ways still walks and joins every row. This table has
/// one row per group, month and person (~86,000 for the same data), read once per dashboard.
/// </remarks>
public class MonthlyAttendance : ITenantOwned
{
    public Guid OrganizationId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public Guid GroupId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>Held sessions of the group in the month the person was recorded present at (at least 1).</summary>
    public int Sessions { get; set; }

    public static DateOnly MonthOf(DateTime instant) => new(instant.Year, instant.Month, 1);
}

internal sealed class MonthlyAttendanceConfiguration : IEntityTypeConfiguration<MonthlyAttendance>
{
    public void Configure(EntityTypeBuilder<MonthlyAttendance> builder)
    {
        // The key is the dashboard's read order: an organization's months, then group and person.
        builder.HasKey(m => new { m.OrganizationId, m.Month, m.GroupId, m.UserId });
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// Keeps <see cref="MonthlyAttendance"/> true in the same save (so the same transaction) as the
/// change it follows: called by <see cref="CirclesDb"/> before every save, whatever page or
/// seeding made the change. For each group and month a changed attendance row or held session
/// touches, it counts again what the month will hold after the save (the database's rows with this
/// save's tracked changes laid over them) and writes only the differences: three queries a save
/// that touches held attendance, none otherwise. Bulk deletes (account erasure) delete the
/// person's summary rows themselves.
/// </summary>
public static class MonthlyAttendanceKeeping
{
    private sealed record SessionState(Guid Id, Guid OrganizationId, Guid GroupId, DateTime StartsAt, SessionStatus Status);

    private readonly record struct Key(Guid OrganizationId, Guid GroupId, DateOnly Month);

    public static async Task KeepAsync(CirclesDb db, CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        var changedAttendance = tracker.Entries<Attendance>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var trackedSessions = tracker.Entries<GroupSession>().ToList();
        var changedSessions = trackedSessions.Where(e => e.State switch
        {
            EntityState.Added or EntityState.Deleted => true,
            EntityState.Modified => e.Property(s => s.Status).IsModified || e.Property(s => s.StartsAt).IsModified || e.Property(s => s.GroupId).IsModified,
            _ => false,
        }).ToList();
        if (changedAttendance.Count == 0 && changedSessions.Count == 0)
        {
            return;
        }

        var keys = new HashSet<Key>();
        foreach (var entry in changedSessions)
        {
            if (entry.State != EntityState.Added && entry.OriginalValues.GetValue<SessionStatus>(nameof(GroupSession.Status)) == SessionStatus.Held)
            {
                keys.Add(new Key(entry.Entity.OrganizationId, entry.OriginalValues.GetValue<Guid>(nameof(GroupSession.GroupId)),
                    MonthlyAttendance.MonthOf(entry.OriginalValues.GetValue<DateTime>(nameof(GroupSession.StartsAt)))));
            }
            if (entry.State != EntityState.Deleted && entry.Entity.Status == SessionStatus.Held)
            {
                keys.Add(new Key(entry.Entity.OrganizationId, entry.Entity.GroupId, MonthlyAttendance.MonthOf(entry.Entity.StartsAt)));
            }
        }
        if (changedAttendance.Count > 0)
        {
            // The session of each changed attendance row as it will be after the save: tracked, or read.
            var sessions = trackedSessions.Where(e => e.State != EntityState.Deleted)
                .ToDictionary(e => e.Entity.Id, e => new SessionState(e.Entity.Id, e.Entity.OrganizationId, e.Entity.GroupId, e.Entity.StartsAt, e.Entity.Status));
            var missing = changedAttendance.Select(e => e.Entity.SessionId).Where(id => !sessions.ContainsKey(id)).Distinct().ToList();
            if (missing.Count > 0)
            {
                foreach (var s in await db.GroupSessions.IgnoreQueryFilters().AsNoTracking()
                    .Where(s => missing.Contains(s.Id))
                    .Select(s => new SessionState(s.Id, s.OrganizationId, s.GroupId, s.StartsAt, s.Status))
                    .ToListAsync(cancellationToken))
                {
                    sessions[s.Id] = s;
                }
            }
            foreach (var entry in changedAttendance)
            {
                if (sessions.TryGetValue(entry.Entity.SessionId, out var s) && s.Status == SessionStatus.Held)
                {
                    keys.Add(new Key(s.OrganizationId, s.GroupId, MonthlyAttendance.MonthOf(s.StartsAt)));
                }
            }
        }
        if (keys.Count == 0)
        {
            return;
        }

        // 1. The held sessions of those groups and months after the save.
        var groupIds = keys.Select(k => k.GroupId).Distinct().ToList();
        var firstMonth = keys.Min(k => k.Month);
        var endMonth = keys.Max(k => k.Month).AddMonths(1);
        var (from, to) = (firstMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), endMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var states = await db.GroupSessions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => groupIds.Contains(s.GroupId) && s.StartsAt >= from && s.StartsAt < to)
            .Select(s => new SessionState(s.Id, s.OrganizationId, s.GroupId, s.StartsAt, s.Status))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var entry in changedSessions)
        {
            states.Remove(entry.Entity.Id);
            if (entry.State != EntityState.Deleted)
            {
                states[entry.Entity.Id] = new SessionState(entry.Entity.Id, entry.Entity.OrganizationId, entry.Entity.GroupId, entry.Entity.StartsAt, entry.Entity.Status);
            }
        }
        var held = states.Values
            .Where(s => s.Status == SessionStatus.Held && keys.Contains(new Key(s.OrganizationId, s.GroupId, MonthlyAttendance.MonthOf(s.StartsAt))))
            .ToDictionary(s => s.Id);

        // 2. Who was present at them after the save.
        var present = new Dictionary<Guid, (Guid SessionId, Guid UserId)>();
        if (held.Count > 0)
        {
            var heldIds = held.Keys.ToList();
            foreach (var a in await db.Attendances.IgnoreQueryFilters().AsNoTracking()
                .Where(a => heldIds.Contains(a.SessionId) && a.Status == AttendanceStatus.Present)
                .Select(a => new { a.Id, a.SessionId, a.UserId })
                .ToListAsync(cancellationToken))
            {
                present[a.Id] = (a.SessionId, a.UserId);
            }
        }
        foreach (var entry in changedAttendance)
        {
            present.Remove(entry.Entity.Id);
            if (entry.State != EntityState.Deleted && entry.Entity.Status == AttendanceStatus.Present && held.ContainsKey(entry.Entity.SessionId))
            {
                present[entry.Entity.Id] = (entry.Entity.SessionId, entry.Entity.UserId);
            }
        }
        var counts = present.Values
            .GroupBy(p => (Key: new Key(held[p.SessionId].OrganizationId, held[p.SessionId].GroupId, MonthlyAttendance.MonthOf(held[p.SessionId].StartsAt)), p.UserId))
            .ToDictionary(g => g.Key, g => g.Count());

        // 3. The summary rows as they are, brought to the new counts.
        var rows = await db.MonthlyAttendances.IgnoreQueryFilters()
            .Where(m => groupIds.Contains(m.GroupId) && m.Month >= firstMonth && m.Month < endMonth)
            .ToListAsync(cancellationToken);
        // Rows added by an earlier attempt of this save that failed (a retry on the same context) are not in the database yet.
        rows.AddRange(tracker.Entries<MonthlyAttendance>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
        foreach (var row in rows)
        {
            if (!keys.Contains(new Key(row.OrganizationId, row.GroupId, row.Month)))
            {
                continue;
            }
            if (counts.Remove((new Key(row.OrganizationId, row.GroupId, row.Month), row.UserId), out var sessions))
            {
                if (row.Sessions != sessions)
                {
                    db.Entry(row).Property(m => m.Sessions).CurrentValue = sessions;
                }
            }
            else
            {
                db.MonthlyAttendances.Remove(row);
            }
        }
        foreach (var ((key, userId), sessions) in counts)
        {
            db.MonthlyAttendances.Add(new MonthlyAttendance { OrganizationId = key.OrganizationId, GroupId = key.GroupId, Month = key.Month, UserId = userId, Sessions = sessions });
        }
    }
}

/// <summary>
/// Fills <see cref="MonthlyAttendance"/> from the attendance already recorded, in one statement
/// (the migration that brings the table, and the benchmark's seeding, which writes attendance
/// in bulk as a migration would find it). The same rule as <see cref="MonthlyAttendanceKeeping"/>:
/// present at a held session, month of the session's start in UTC.
/// </summary>
public static class MonthlyAttendanceFill
{
    public const string Sqlite = """
        INSERT INTO "MonthlyAttendances" ("OrganizationId", "Month", "GroupId", "UserId", "Sessions")
        SELECT s."OrganizationId", date(s."StartsAt", 'start of month'), s."GroupId", a."UserId", COUNT(*)
        FROM "GroupSessions" AS s
        JOIN "Attendances" AS a ON a."SessionId" = s."Id"
        WHERE s."Status" = 'Held' AND a."Status" = 'Present'
        GROUP BY s."OrganizationId", date(s."StartsAt", 'start of month'), s."GroupId", a."UserId";
        """;

    public const string Postgres = """
        INSERT INTO "MonthlyAttendances" ("OrganizationId", "Month", "GroupId", "UserId", "Sessions")
        SELECT s."OrganizationId", date_trunc('month', s."StartsAt" AT TIME ZONE 'UTC')::date, s."GroupId", a."UserId", COUNT(*)
        FROM "GroupSessions" AS s
        JOIN "Attendances" AS a ON a."SessionId" = s."Id"
        WHERE s."Status" = 'Held' AND a."Status" = 'Present'
        GROUP BY 1, 2, 3, 4;
        """;
}
