using System.Data;
using Circles.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PreparedStatements = Circles.Web.Data.SqliteStatementCache.PreparedStatements;

namespace Circles.UnitTests.Data;

/// <summary>
/// SQLite's prepared statements kept between queries and requests (issue 17): the same SQL gets
/// the same prepared command, always answering for the values of the query at hand; the memory
/// they hold stays bounded; and a connection kept open between a pooled context's leases still
/// leaves nothing half-written behind (a transaction left open is rolled back when the context
/// goes back) and closes when its context is disposed.
/// </summary>
public sealed class SqliteStatementCacheTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("circles-statements-");

    public SqliteStatementCacheTests()
    {
        connection.Open();
        Execute(connection, "CREATE TABLE Names (Id INTEGER PRIMARY KEY, Name TEXT); INSERT INTO Names VALUES (1, 'Amina'), (2, 'Olena');");
    }

    /// <summary>A database file of this test's own, for the tests that go through EF's contexts.</summary>
    private string DatabasePath => Path.Combine(folder.FullName, "kept.db");

    public void Dispose()
    {
        connection.Dispose();
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public void TheSameQueryWithOtherValues_GetsTheSamePreparedCommand_AndAnswersForTheNewValues()
    {
        var statements = new PreparedStatements(connection);

        var first = statements.Reuse(NameQuery(1));
        Assert.Equal("Amina", first.ExecuteScalar());
        first.Dispose();
        var second = statements.Reuse(NameQuery(2));
        Assert.Equal("Olena", second.ExecuteScalar());
        second.Dispose();

        Assert.Same(first, second);
        Assert.Equal(1, statements.Count);
        Assert.Empty(second.Parameters);
    }

    [Fact]
    public void ACommandStillInUse_IsNotLentTwice()
    {
        var statements = new PreparedStatements(connection);
        var inUse = statements.Reuse(NameQuery(1));
        using var reader = inUse.ExecuteReader();
        Assert.True(reader.Read());

        var fresh = NameQuery(2);
        var meanwhile = statements.Reuse(fresh);

        Assert.Same(fresh, meanwhile);
        Assert.Equal("Olena", meanwhile.ExecuteScalar());
        Assert.Equal("Amina", reader.GetString(0));
    }

    [Fact]
    public void AConnectionThatCloses_TakesItsStatementsWithIt_EvenOneStillLent()
    {
        var statements = new PreparedStatements(connection);
        var lent = statements.Reuse(NameQuery(1));
        Assert.Equal("Amina", lent.ExecuteScalar());

        connection.Close();
        connection.Open();
        Execute(connection, "CREATE TABLE Names (Id INTEGER PRIMARY KEY, Name TEXT); INSERT INTO Names VALUES (1, 'Amina'), (2, 'Olena');");
        var afterwards = statements.Reuse(NameQuery(2));

        Assert.NotSame(lent, afterwards);
        Assert.Equal("Olena", afterwards.ExecuteScalar());
    }

    [Fact]
    public void AtCapacity_TheLeastRecentlyUsedStatementGoes()
    {
        var statements = new PreparedStatements(connection);
        var kept = new List<SqliteCommand>();
        for (var i = 0; i < PreparedStatements.Capacity; i++)
        {
            var command = statements.Reuse(Query($"SELECT {i}"));
            command.ExecuteScalar();
            command.Dispose();
            kept.Add(command);
        }
        var touchedAgain = statements.Reuse(Query("SELECT 0"));
        touchedAgain.Dispose();

        var newcomer = statements.Reuse(Query("SELECT 'new'"));
        Assert.Equal("new", newcomer.ExecuteScalar());
        newcomer.Dispose();

        Assert.Equal(PreparedStatements.Capacity, statements.Count);
        Assert.Same(kept[0], statements.Reuse(Query("SELECT 0")));
        Assert.NotSame(kept[1], statements.Reuse(Query("SELECT 1")));
    }

    [Fact]
    public async Task APooledContextsConnection_StaysOpenFromOneLeaseToTheNext()
    {
        await using var services = Pool(DatabasePath);
        var factory = services.GetRequiredService<IDbContextFactory<SqliteCirclesDb>>();
        System.Data.Common.DbConnection first;
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE Probe (Id INTEGER PRIMARY KEY)");
            first = db.Database.GetDbConnection();
        }

        Assert.Equal(ConnectionState.Open, first.State);
        await using var next = await factory.CreateDbContextAsync();
        Assert.Same(first, next.Database.GetDbConnection());
        Assert.Equal(0L, await next.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS Value FROM Probe").SingleAsync());
    }

    [Fact]
    public async Task AContextThatIsDisposed_ClosesItsConnection()
    {
        var options = new DbContextOptionsBuilder<SqliteCirclesDb>()
            .UseSqlite($"Data Source={DatabasePath}")
            .KeepSqliteConnectionsOpen()
            .Options;
        var db = new SqliteCirclesDb(options);
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE Probe (Id INTEGER PRIMARY KEY)");
        var connection = db.Database.GetDbConnection();
        Assert.Equal(ConnectionState.Open, connection.State);

        await db.DisposeAsync();

        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    [Fact]
    public async Task AWriteLeftUncommitted_IsRolledBackWhenTheContextGoesBack_AndLocksNothing()
    {
        await using var services = Pool(DatabasePath);
        var factory = services.GetRequiredService<IDbContextFactory<SqliteCirclesDb>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE Probe (Id INTEGER PRIMARY KEY)");
        }
        await using (var abandoned = await factory.CreateDbContextAsync())
        {
            await abandoned.Database.BeginTransactionAsync();
            await abandoned.Database.ExecuteSqlRawAsync("INSERT INTO Probe VALUES (1)");
        }

        // Another connection: the first context is back in the pool, its connection still open.
        await using var other = await factory.CreateDbContextAsync();
        await using var second = await factory.CreateDbContextAsync();
        await second.Database.ExecuteSqlRawAsync("INSERT INTO Probe VALUES (2)");
        var ids = await second.Database.SqlQueryRaw<long>("SELECT Id AS Value FROM Probe").ToListAsync();
        Assert.Equal([2L], ids);
    }

    private static ServiceProvider Pool(string path)
    {
        var services = new ServiceCollection();
        services.AddPooledDbContextFactory<SqliteCirclesDb>(options => options
            .UseSqlite($"Data Source={path};Default Timeout=1")
            .KeepSqliteConnectionsOpen()
            .AddInterceptors(new SqlitePragmas(), new SqliteStatementCache()));
        return services.BuildServiceProvider();
    }

    private SqliteCommand NameQuery(long id)
    {
        var command = Query("SELECT Name FROM Names WHERE Id = @id");
        command.Parameters.AddWithValue("@id", id);
        return command;
    }

    private SqliteCommand Query(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection on, string sql)
    {
        using var command = on.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
