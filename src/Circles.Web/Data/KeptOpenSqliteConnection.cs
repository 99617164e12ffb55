using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Circles.Web.Data;

/// <summary>
/// A pooled context's SQLite connection stays open from one lease to the next, closed when the
/// context itself is disposed (issue 17). That is what lets <see cref="SqliteStatementCache"/>
/// keep statements prepared between requests: SQLite's prepared statements belong to an open
/// connection, and EF closes its connection whenever a context goes back to the pool.
/// </summary>
/// <remarks>
/// Derives from EF's own SQLite connection, an internal EF type (EF1001), because no public
/// setting keeps a pooled context's connection open. Everything else about the connection is
/// EF's: its SQL functions, its transactions (rolled back when a context is handed back, as
/// before) and the interceptors, so <see cref="SqlitePragmas"/> still runs on the first open.
/// A connection held open this way is what Microsoft.Data.Sqlite's pool would have held anyway,
/// one per context in use at once. A context EF disposes closes its connection; EF 10.0 never
/// disposes a pooled context the pool drops (more handed back at once than the pool's size, or
/// the pool's own disposal: its <c>DisposeSync</c> sees the context as already disposed, fixed on
/// EF's main branch), so such a connection closes when the garbage collector finalizes its handle,
/// like the rest of that context's services.
/// </remarks>
#pragma warning disable EF1001 // Internal EF Core API usage: see the remarks.
internal sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private bool contextDisposed;

    private bool MayClose => contextDisposed || DbConnection.State == ConnectionState.Broken;

    protected override void CloseDbConnection()
    {
        if (MayClose)
        {
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync() => MayClose ? base.CloseDbConnectionAsync() : Task.CompletedTask;

    /// <summary>The context itself is disposed (not handed back to the pool): now the connection closes.</summary>
    public override void Dispose()
    {
        contextDisposed = true;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        contextDisposed = true;
        return base.DisposeAsync();
    }
}

internal static class KeptOpenSqliteConnections
{
    /// <summary>Pooled contexts keep their SQLite connection open between leases (<see cref="KeptOpenSqliteConnection"/>).</summary>
    public static TBuilder KeepSqliteConnectionsOpen<TBuilder>(this TBuilder options)
        where TBuilder : DbContextOptionsBuilder
    {
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();
        return options;
    }
}
#pragma warning restore EF1001
