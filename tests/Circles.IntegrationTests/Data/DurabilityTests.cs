using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Data;

/// <summary>SEC-40: the app's own connections run with durable settings, and a weaker setting is detected.</summary>
public sealed class DurabilityTests(CirclesApp app) : IClassFixture<CirclesApp>
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

        Assert.Contains(problems, p => p.Contains("synchronous", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Healthz_WithDatabaseUp_Answers200()
    {
        var response = await app.NewBrowser().GetAsync("/healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
