using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Data;

[Collection(SharedApp.Name)]
public sealed class ModelTests(SharedCirclesApp app)
{
    /// <summary>
    /// Identity's own tables hang off a user (who carries the organization) or are global role
    /// names; the organization is the tenant itself. Anything else must carry OrganizationId.
    /// </summary>
    private static readonly HashSet<Type> NotTenantOwned =
    [
        typeof(Circles.Web.Features.Organizations.Organization),
        typeof(IdentityRole<Guid>),
        typeof(IdentityUserRole<Guid>),
        typeof(IdentityUserClaim<Guid>),
        typeof(IdentityUserLogin<Guid>),
        typeof(IdentityUserToken<Guid>),
        typeof(IdentityRoleClaim<Guid>),
        typeof(IdentityUserPasskey<Guid>),
        // The cluster's own rows: which node runs a job, and the key ring the nodes share
        // (encrypted with a certificate kept outside the database, SEC-28). No person's data.
        typeof(ClusterLease),
        typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey),
    ];

    [Fact]
    public void SqliteModel_HasNoChangesWithoutAMigration()
    {
        using var db = new SqliteCirclesDbDesignFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public void PostgresModel_HasNoChangesWithoutAMigration()
    {
        using var db = new PostgresCirclesDbDesignFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public void EveryEntity_CarriesItsOrganizationAndIsFiltered()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var problems = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && !NotTenantOwned.Contains(e.ClrType)))
        {
            if (entity.FindProperty(nameof(ITenantOwned.OrganizationId)) is null || !typeof(ITenantOwned).IsAssignableFrom(entity.ClrType))
            {
                problems.Add($"{entity.ClrType.Name} has no OrganizationId");
            }
            else if (entity.GetDeclaredQueryFilters().Count == 0)
            {
                problems.Add($"{entity.ClrType.Name} has no tenant query filter");
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Save_OfAnotherOrganizationsRow_IsRefused()
    {
        var mine = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(mine.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        db.AuditEvents.Add(new Circles.Web.Security.AuditEvent { OrganizationId = theirs.Id, Action = "test" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Query_SeesOnlyTheCurrentOrganization()
    {
        var mine = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(mine.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();

        var userIds = await db.Users.Select(u => u.Id).ToListAsync();

        Assert.Contains(mine.Member.Id, userIds);
        Assert.DoesNotContain(theirs.Member.Id, userIds);
        Assert.Equal(mine.Id, Assert.Single(await db.Organizations.ToListAsync()).Id);
    }
}
