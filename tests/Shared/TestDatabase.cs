using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Circles.Tests.Shared;

/// <summary>
/// Which database a suite runs on, and a fresh database of it for every app a test starts.
/// SQLite by default; PostgreSQL when CIRCLES_TEST_PROVIDER is Postgres, with CIRCLES_TEST_POSTGRES
/// holding an admin connection string to a throwaway cluster (scripts/test.sh starts one).
/// Compiled into the integration and the browser suites (test projects do not reference each other).
/// </summary>
/// <remarks>
/// Applying the thirteen migrations takes about a second on SQLite and two on PostgreSQL, and the
/// suites start about a hundred apps. So the migrations run once per test process, into a template,
/// and every app gets a copy of it (SQLite: the file; PostgreSQL: CREATE DATABASE … TEMPLATE). The
/// app's own start-up still runs MigrateAsync, finds nothing pending, and seeds as in production.
/// Migrating an empty database stays covered: the template is one, and HsdsCommandTests starts the
/// real program on an empty database.
/// </remarks>
public static class TestDatabase
{
    public static string Provider => Environment.GetEnvironmentVariable("CIRCLES_TEST_PROVIDER") is { Length: > 0 } p ? p : "Sqlite";

    public static bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string for a new, empty database; the app's migrations create the schema on start.</summary>
    public static string NewConnectionString(string folder)
    {
        if (!IsPostgres)
        {
            return $"Data Source={Path.Combine(folder, "circles.db")}";
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = NewDatabaseName("circles_test_") }.ConnectionString;
    }

    /// <summary>A connection string for a new database that already has every migration applied and holds no rows.</summary>
    public static string NewMigratedConnectionString(string folder)
    {
        var template = Template.Value;
        if (!IsPostgres)
        {
            var path = Path.Combine(folder, "circles.db");
            File.Copy(template, path);
            return $"Data Source={path}";
        }
        var connectionString = NewConnectionString(folder);
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        using var admin = OpenMaintenanceConnection();
        using var command = admin.CreateCommand();
        // Both names are ours (a fixed prefix and hex digits), so quoting them is enough.
        // FILE_COPY copies the template's files instead of writing every page through the WAL
        // (PostgreSQL 15's default): 130 -> 50 ms a copy, and the suites make about 160.
        command.CommandText = $"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\" STRATEGY FILE_COPY";
        command.ExecuteNonQuery();
        return connectionString;
    }

    /// <summary>
    /// Drops a PostgreSQL database made here, with the app's pooled connections to it, so that a
    /// long run does not fill the cluster's connection slots; SQLite files go with their temp folder.
    /// </summary>
    public static void Drop(string connectionString)
    {
        if (!IsPostgres)
        {
            return;
        }
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = OpenMaintenanceConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    /// <summary>Migrates a new database once for this process: a SQLite file, or a PostgreSQL database name.</summary>
    private static string CreateTemplate()
    {
        if (!IsPostgres)
        {
            var folder = Directory.CreateTempSubdirectory("circles-template-").FullName;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDeleteFolder(folder);
            var path = Path.Combine(folder, "template.db");
            // No pooling: the file must be closed, with nothing left in a write-ahead log, before it is copied.
            var options = new DbContextOptionsBuilder<SqliteCirclesDb>().UseSqlite($"Data Source={path};Pooling=false").Options;
            using var db = new SqliteCirclesDb(options, new CurrentOrganization());
            db.Database.Migrate();
            return path;
        }
        var name = NewDatabaseName("circles_template_");
        // No pooling: PostgreSQL copies a template only while nobody is connected to it.
        var templateConnection = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = false }.ConnectionString;
        var pgOptions = new DbContextOptionsBuilder<PostgresCirclesDb>().UseNpgsql(templateConnection).Options;
        using (var db = new PostgresCirclesDb(pgOptions, new CurrentOrganization()))
        {
            db.Database.Migrate();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDropTemplate(name);
        return name;
    }

    private static void TryDropTemplate(string name)
    {
        try
        {
            Drop(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = false }.ConnectionString);
        }
        catch (NpgsqlException)
        {
            // The throwaway cluster goes away with the run anyway.
        }
    }

    private static void TryDeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS.
        }
    }

    private static string NewDatabaseName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16];

    private static NpgsqlConnection OpenMaintenanceConnection()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("CIRCLES_TEST_POSTGRES")
        ?? throw new InvalidOperationException("CIRCLES_TEST_PROVIDER=Postgres needs CIRCLES_TEST_POSTGRES (an admin connection string, for example \"Host=127.0.0.1;Port=5433;Username=postgres\"; scripts/test.sh sets it).");
}
