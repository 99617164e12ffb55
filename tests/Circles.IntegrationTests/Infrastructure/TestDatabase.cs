using Npgsql;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// Which database the suite runs on: SQLite by default, PostgreSQL when CIRCLES_TEST_PROVIDER is
/// Postgres (scripts/test.sh starts a throwaway cluster and sets CIRCLES_TEST_POSTGRES).
/// Every app instance gets a database of its own, so tests never see each other's rows.
/// </summary>
public static class TestDatabase
{
    public static string Provider => Environment.GetEnvironmentVariable("CIRCLES_TEST_PROVIDER") is { Length: > 0 } p ? p : "Sqlite";

    public static bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>A connection string for a new, empty database; migrations create it on start.</summary>
    public static string NewConnectionString(string folder)
    {
        if (!IsPostgres)
        {
            return $"Data Source={Path.Combine(folder, "circles.db")}";
        }
        var admin = Environment.GetEnvironmentVariable("CIRCLES_TEST_POSTGRES")
            ?? throw new InvalidOperationException("CIRCLES_TEST_PROVIDER=Postgres needs CIRCLES_TEST_POSTGRES (run the tests through scripts/test.sh).");
        var builder = new NpgsqlConnectionStringBuilder(admin)
        {
            Database = "circles_test_" + Guid.NewGuid().ToString("N")[..16],
        };
        return builder.ConnectionString;
    }
}
