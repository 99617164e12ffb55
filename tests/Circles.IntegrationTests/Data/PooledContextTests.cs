using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Data;

/// <summary>
/// The app takes its contexts from EF's pool (issue 17), so one context serves many scopes in
/// turn. SEC-19: a context must never carry one scope's organization into the next use, or the
/// tenant filters would let another organization's rows through.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PooledContextTests(SharedCirclesApp app)
{
    [Fact]
    public async Task AContextBackInThePool_NamesNoOrganization_AndWhoeverTakesItNextSeesNoneOfTheRowsItSaw()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        CirclesDb used;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
            used = scope.ServiceProvider.GetRequiredService<CirclesDb>();
            Assert.True(await used.SupportGroups.AnyAsync(g => g.Id == group.Id), "the scope's own organization's group");
        }

        Assert.Equal(Guid.Empty, used.CurrentOrganizationId);

        // Taken straight from the pool, as code holding the factory could: the pool hands its
        // contexts out in turn, so take them until the one the scope used comes back.
        var taken = new List<CirclesDb>();
        try
        {
            while (taken.Count < 200 && !taken.Any(db => ReferenceEquals(db, used)))
            {
                taken.Add(TakeFromThePool());
            }
            Assert.Contains(used, taken);
            Assert.False(await used.SupportGroups.AnyAsync(g => g.Id == group.Id), "a pooled context showed a row of the organization it served before");
        }
        finally
        {
            foreach (var db in taken)
            {
                await db.DisposeAsync();
            }
        }
    }

    private CirclesDb TakeFromThePool() =>
        app.Services.GetService<IDbContextFactory<SqliteCirclesDb>>()?.CreateDbContext()
        ?? (CirclesDb)app.Services.GetRequiredService<IDbContextFactory<PostgresCirclesDb>>().CreateDbContext();
}
