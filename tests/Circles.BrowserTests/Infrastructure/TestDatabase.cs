using Npgsql;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>
/// Which database the suite runs on: SQLite by default, PostgreSQL when CIRCLES_TEST_PROVIDER is
/// Postgres, with CIRCLES_TEST_POSTGRES holding an admin connection string to a throwaway cluster.
/// Every app instance gets a database of its own, so tests never see each other's rows.
/// (A copy of the integration tests' TestDatabase: test projects do not reference each other.)
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
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = "circles_test_" + Guid.NewGuid().ToString("N")[..16],
        };
        return builder.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="NewConnectionString"/>; SQLite files go with their temp folder.</summary>
    public static async Task DropAsync(string connectionString)
    {
        if (!IsPostgres)
        {
            return;
        }
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // The name is ours (a fixed prefix and hex digits), so quoting it is enough.
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    private static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("CIRCLES_TEST_POSTGRES")
        ?? throw new InvalidOperationException("CIRCLES_TEST_PROVIDER=Postgres needs CIRCLES_TEST_POSTGRES (an admin connection string, for example \"Host=127.0.0.1;Port=5433;Username=postgres\").");
}
