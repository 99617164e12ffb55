using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Circles.Web.Data;

/// <summary>
/// Applies SQLite's durability and integrity settings on every connection the pool opens
/// (SEC-40): write-ahead log, fsync on every commit, foreign keys enforced; and secure_delete, so
/// that what is deleted (an erased account, SEC-36) is overwritten with zeros instead of lingering
/// in free pages of the file.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA secure_delete=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
