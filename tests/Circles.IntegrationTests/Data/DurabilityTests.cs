using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Data;

/// <summary>SEC-40: the app's own connections run with durable settings, and a weaker setting is detected.</summary>
[Collection(SharedApp.Name)]
public sealed class DurabilityTests(SharedCirclesApp app)
{
    [Fact]
    public async Task AppDatabase_HasDurableWriteSettings()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();

        Assert.Empty(await DurabilityCheck.FindProblemsAsync(db, CancellationToken.None));
    }

    [Fact]
    public async Task WeakenedDatabase_IsReported()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        await db.Database.OpenConnectionAsync();
        // Only this connection is weakened; the check must notice it.
        await db.Database.ExecuteSqlRawAsync(TestDatabase.IsPostgres ? "SET synchronous_commit = off" : "PRAGMA synchronous = NORMAL");

        var problems = await DurabilityCheck.FindProblemsAsync(db, CancellationToken.None);
        // The setting lives on the pooled handle, so put it back before the pool lends it again.
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync(TestDatabase.IsPostgres ? "SET synchronous_commit = on" : "PRAGMA synchronous = FULL");
        await db.Database.CloseConnectionAsync();

        Assert.Contains(problems, p => p.Contains("synchronous", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryOpenOfAPooledConnection_KeepsTheDurableSettings_Sec40_Sec36()
    {
        if (TestDatabase.IsPostgres)
        {
            return; // PostgreSQL's settings are the server's, checked above.
        }
        // The settings run once per SQLite handle and the pool lends the handle again: a reopened
        // connection must still write durably, enforce foreign keys and overwrite deleted data.
        for (var open = 0; open < 3; open++)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous"));
            Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
            Assert.Equal("1", await ScalarAsync(connection, "PRAGMA foreign_keys"));
            Assert.Equal("1", await ScalarAsync(connection, "PRAGMA secure_delete"));
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Healthz_WithDatabaseUp_Answers200()
    {
        var response = await app.NewBrowser().GetAsync("/healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
