using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Bench;

/// <summary>
/// SQLite opened as Circles opens it (DataSetup): with <see cref="SqlitePragmas"/>, so a benchmark
/// measures the app's durability settings and the query planner's statistics, not a bare connection.
/// </summary>
internal static class BenchSqlite
{
    public static DbContextOptions<SqliteCirclesDb> Options(string connectionString) => Builder(connectionString).Options;

    /// <summary>The same, for a benchmark that adds to the options (logging the SQL, say).</summary>
    public static DbContextOptionsBuilder<SqliteCirclesDb> Builder(string connectionString) =>
        new DbContextOptionsBuilder<SqliteCirclesDb>().UseSqlite(connectionString).AddInterceptors(new SqlitePragmas());
}
