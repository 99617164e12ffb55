using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Circles.Web.Features.Organizations;
using Circles.Web.Hosting;

namespace Circles.Web.Data;

public static class DataSetup
{
    /// <summary>
    /// Registers <see cref="CirclesDb"/> on the provider named by Database:Provider (Sqlite by
    /// default) and the database health check behind /healthz.
    /// </summary>
    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString("Circles")
            ?? throw new RefusedToStartException("ConnectionStrings:Circles is not set.");

        builder.Services.AddScoped<CurrentOrganization>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<OrganizationSnapshots>();
        builder.Services.AddSingleton<OrganizationSnapshotEviction>();
        // Contexts come from EF's pool (issue 17): a context made for every request cost each page
        // its EF services again (and, with the options scoped, the options too). A scope takes one
        // and gives it its organization (CirclesDb.LeaseTo); disposing the scope hands it back,
        // forgetting the organization. On SQLite a pooled context also keeps its connection open,
        // and with it the statements SQLite has prepared for its queries (SqliteStatementCache).
        if (provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddPooledDbContextFactory<PostgresCirclesDb>((services, options) => options
                .UseNpgsql(connectionString)
                .AddInterceptors(services.GetRequiredService<OrganizationSnapshotEviction>()));
            builder.Services.AddScoped<CirclesDb>(services => services.GetRequiredService<IDbContextFactory<PostgresCirclesDb>>()
                .CreateDbContext().LeaseTo(services.GetRequiredService<CurrentOrganization>()));
        }
        else
        {
            var sqlite = new SqliteConnectionStringBuilder(connectionString);
            var folder = Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
            builder.Services.AddPooledDbContextFactory<SqliteCirclesDb>((services, options) => options
                .UseSqlite(connectionString)
                .KeepSqliteConnectionsOpen()
                .AddInterceptors(new SqlitePragmas(), new SqliteStatementCache(), services.GetRequiredService<OrganizationSnapshotEviction>()));
            builder.Services.AddScoped<CirclesDb>(services => services.GetRequiredService<IDbContextFactory<SqliteCirclesDb>>()
                .CreateDbContext().LeaseTo(services.GetRequiredService<CurrentOrganization>()));
        }

        // Background services run once per cluster: each holds a lease in the database (docs/scaling.md).
        builder.Services.AddSingleton<Leases>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>
    /// A page's queries share one connection, opened before the session check and closed when
    /// the page has been written (issue 17). EF otherwise opens and closes a pooled connection for
    /// every query: a member home's nine took the connection pool's lock eighteen times and
    /// registered SQLite's functions nine times; sharing one made the page 7 % cheaper in CPU
    /// (bench/README.md). Pages only: the live-update hub and the APIs keep EF's default, so a
    /// connection is never held by a request that stays open. On SQLite a pooled context's
    /// connection is usually open already (KeptOpenSqliteConnection), and this changes nothing.
    /// </summary>
    public static void UseOneConnectionPerPage(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.ApplicationModels.PageRouteMetadata>() is null)
        {
            await next(context);
            return;
        }
        var database = context.RequestServices.GetRequiredService<CirclesDb>().Database;
        await database.OpenConnectionAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    });

    /// <summary>Builds EF's model on a worker thread, so that it overlaps the rest of the start.</summary>
    public static Task StartBuildingDataModel(this WebApplication app) => Task.Run(() =>
    {
        using var scope = app.Services.CreateScope();
        _ = scope.ServiceProvider.GetRequiredService<CirclesDb>().Model;
    });

    /// <summary>Applies pending migrations and refuses to run on a database without durable writes (SEC-40).</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        // MigrateAsync also compares the whole model with the last migration's before it looks at
        // the history (0.3–0.6 s of every start, issue 17); asking for pending migrations reads the
        // history only. ModelTests keeps the model and the migrations in step.
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await db.Database.MigrateAsync();
        }
        var problems = await DurabilityCheck.FindProblemsAsync(db, CancellationToken.None);
        if (problems.Count > 0)
        {
            throw new RefusedToStartException("The database is not set up for durable writes: " + string.Join("; ", problems));
        }
    }
}

/// <summary>
/// The database answers a trivial query on a pooled connection. Not <c>CanConnectAsync</c>: on
/// SQLite that opens a fresh, unpooled read-only connection every time (issue 17: /healthz did a
/// tenth of what a page without the database does), and load balancers ask often.
/// </summary>
internal sealed class DatabaseHealthCheck(CirclesDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
