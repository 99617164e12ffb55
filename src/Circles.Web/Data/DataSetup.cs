using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
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
        if (provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddDbContext<CirclesDb, PostgresCirclesDb>(options => options.UseNpgsql(connectionString));
        }
        else
        {
            var sqlite = new SqliteConnectionStringBuilder(connectionString);
            var folder = Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
            builder.Services.AddDbContext<CirclesDb, SqliteCirclesDb>(options => options
                .UseSqlite(connectionString)
                .AddInterceptors(new SqlitePragmas()));
        }

        // Background services run once per cluster: each holds a lease in the database (docs/scaling.md).
        builder.Services.AddSingleton<Leases>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>Applies pending migrations and refuses to run on a database without durable writes (SEC-40).</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        await db.Database.MigrateAsync();
        var problems = await DurabilityCheck.FindProblemsAsync(db, CancellationToken.None);
        if (problems.Count > 0)
        {
            throw new RefusedToStartException("The database is not set up for durable writes: " + string.Join("; ", problems));
        }
    }
}

internal sealed class DatabaseHealthCheck(CirclesDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database unreachable");
}
