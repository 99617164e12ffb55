using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Data;

/// <summary>
/// SEC-40: Circles refuses to start on a database that could lose acknowledged writes:
/// SQLite must run in WAL mode with synchronous=FULL; PostgreSQL must have fsync and
/// synchronous_commit on.
/// </summary>
public static class DurabilityCheck
{
    public static async Task<IReadOnlyList<string>> FindProblemsAsync(CirclesDb db, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.IsSqlite())
            {
                Expect(problems, "journal_mode", await ScalarAsync(connection, "PRAGMA journal_mode", cancellationToken), "wal");
                // PRAGMA synchronous answers a number: 2 is FULL, 3 is EXTRA (stronger still).
                var synchronous = await ScalarAsync(connection, "PRAGMA synchronous", cancellationToken);
                if (synchronous is not ("2" or "3"))
                {
                    problems.Add($"SQLite synchronous is {synchronous}, expected FULL (2)");
                }
            }
            else if (db.Database.IsNpgsql())
            {
                Expect(problems, "fsync", await ScalarAsync(connection, "SHOW fsync", cancellationToken), "on");
                Expect(problems, "synchronous_commit", await ScalarAsync(connection, "SHOW synchronous_commit", cancellationToken), "on");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return problems;
    }

    private static void Expect(List<string> problems, string setting, string actual, string expected)
    {
        if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{setting} is {actual}, expected {expected}");
        }
    }

    private static async Task<string> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
