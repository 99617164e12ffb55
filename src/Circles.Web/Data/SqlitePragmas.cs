using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Circles.Web.Data;

/// <summary>
/// Applies SQLite's durability and integrity settings to every connection SQLite opens (SEC-40):
/// write-ahead log, fsync on every commit, foreign keys enforced; and secure_delete, so that what
/// is deleted (an erased account, SEC-36) is overwritten with zeros instead of lingering in free
/// pages of the file.
/// </summary>
/// <remarks>
/// These settings belong to SQLite's own connection handle, which Microsoft.Data.Sqlite keeps in
/// its pool when EF closes a connection, so they hold for every later open of that handle. Running
/// them on every open cost about nine tenths of a simple request (issue 17: /healthz went from
/// 379 to over 4,000 requests a second without them), so they run once per handle: the handle is
/// remembered until the pool lets it go.
/// </remarks>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    // The last two give the query planner statistics (issue 17), as SQLite advises for long-lived
    // connections: without them it prefers the single-column OrganizationId index that the tenant
    // filter matches over the index a query names (Notifications (UserId, ReadAt) for the unread
    // badge), which reads every row of the organization. analysis_limit bounds the work; optimize
    // only analyzes tables that were never analyzed or have grown much since.
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA secure_delete=ON;"
        + " PRAGMA analysis_limit=400; PRAGMA optimize=0x10002;";

    private static readonly ConditionalWeakTable<object, object> SetUpHandles = [];
    private static readonly object SetUp = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsSettings(connection, out var handle))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Remember(handle);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsSettings(connection, out var handle))
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(handle);
    }

    private static bool NeedsSettings(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || !SetUpHandles.TryGetValue(handle, out _);
    }

    private static void Remember(object? handle)
    {
        if (handle is not null)
        {
            SetUpHandles.AddOrUpdate(handle, SetUp);
        }
    }
}
