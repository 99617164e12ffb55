using Circles.Tests.Shared;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.Peers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Circles.IntegrationTests.Data;

/// <summary>
/// Migrations that move or rebuild data an organization already holds (issue 17): each test
/// migrates a new database to just before the change, writes rows as the upgrade finds them,
/// migrates to the latest and checks that nothing was lost.
/// </summary>
public sealed class UpgradeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("circles-upgrade-").FullName;
    private readonly string connectionString;

    public UpgradeTests() => connectionString = TestDatabase.NewConnectionString(folder);

    /// <summary>
    /// A peer supporter's languages moved from their own table onto the profile row (matching
    /// checks the language of every candidate). Without the data step every peer supporter would
    /// have none, and no member would be offered anyone.
    /// </summary>
    [Fact]
    public async Task PeerLanguagesMovedOntoTheProfile_AreKeptForEveryPeerSupporter()
    {
        await MigrateAsync("PeerLanguagesOnProfile");
        var (tenant, inTenant) = await NewOrganizationAsync();
        Guid speaksTwo, speaksNone;
        await using (var db = inTenant())
        {
            speaksTwo = await AddPeerSupporterAsync(db, "speaks-two");
            speaksNone = await AddPeerSupporterAsync(db, "speaks-none");
            // As the upgrade finds them: the new column empty, the languages in the old table.
            await db.Database.ExecuteSqlAsync($"""UPDATE "PeerSupporterProfiles" SET "Languages" = NULL""");
            foreach (var language in new[] { "es", "ar" })
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "PeerSupporterLanguages" ("Id", "OrganizationId", "UserId", "Language")
                    VALUES ({Guid.NewGuid()}, {tenant}, {speaksTwo}, {language})
                    """);
            }
        }

        await MigrateAsync(null);

        await using var upgraded = inTenant();
        var languages = await upgraded.PeerSupporterProfiles.ToDictionaryAsync(p => p.UserId, p => p.Languages);
        Assert.Equal(["ar", "es"], languages[speaksTwo]);
        Assert.Empty(languages[speaksNone]);
        // And matching finds them by it.
        var found = await PeerMatching.Candidates(upgraded, new PeerWish(Guid.NewGuid(), "ar"), []).Select(c => c.UserId).ToListAsync();
        Assert.Equal([speaksTwo], found);
    }

    /// <summary>
    /// The directory's full-text index is rebuilt with the organization as a word of its own
    /// (SQLite); the services already there must still be found, and only by their organization.
    /// </summary>
    [Fact]
    public async Task DirectoryIndexRebuiltWithTheOrganization_StillFindsEveryService()
    {
        await MigrateAsync("PeerLanguagesTableDropped");
        var (_, inTheirs) = await NewOrganizationAsync();
        await using (var db = inTheirs())
        {
            db.Set<HsdsService>().Add(new HsdsService { Id = "theirs-1", Name = "Riverside housing advice", Status = "active" });
            await db.SaveChangesAsync();
        }
        var (_, inMine) = await NewOrganizationAsync();
        await using (var db = inMine())
        {
            db.Set<HsdsService>().Add(new HsdsService { Id = "mine-1", Name = "Harbour housing help", Status = "active" });
            db.Set<HsdsService>().Add(new HsdsService { Id = "mine-2", Name = "Legal clinic", Description = "Housing disputes too", Status = "active" });
            await db.SaveChangesAsync();
        }

        await MigrateAsync(null);

        await using var mine = inMine();
        var search = new DirectorySearch(mine);
        Assert.Equal(["mine-1", "mine-2"], await search.Matching("housing").OrderByDescending(m => m.Rank).Select(m => m.ServiceId).ToListAsync());
        Assert.Equal(2, await search.Matching("hous").CountAsync());
        await using var theirs = inTheirs();
        Assert.Equal(["theirs-1"], await new DirectorySearch(theirs).Matching("housing").Select(m => m.ServiceId).ToListAsync());
    }

    /// <summary>To the named migration, or to the latest when <paramref name="migration"/> is null.</summary>
    private async Task MigrateAsync(string? migration)
    {
        await using var db = Open(new CurrentOrganization());
        await db.GetService<IMigrator>().MigrateAsync(migration);
    }

    private CirclesDb Open(CurrentOrganization organization) => TestDatabase.IsPostgres
        ? new PostgresCirclesDb(new DbContextOptionsBuilder<PostgresCirclesDb>().UseNpgsql(connectionString).Options, organization)
        : new SqliteCirclesDb(new DbContextOptionsBuilder<SqliteCirclesDb>().UseSqlite(connectionString + ";Pooling=false").Options, organization);

    /// <summary>A new organization, and a way to open the database as it.</summary>
    private async Task<(Guid Id, Func<CirclesDb> Open)> NewOrganizationAsync()
    {
        var organization = new CurrentOrganization();
        await using var db = Open(organization);
        var tenant = new Organization { Slug = "upgrading-" + Guid.NewGuid().ToString("N")[..8], Name = "Upgrading" };
        db.Organizations.Add(tenant);
        await db.SaveChangesAsync();
        organization.Set(tenant.Id);
        return (tenant.Id, () => Open(organization));
    }

    private static async Task<Guid> AddPeerSupporterAsync(CirclesDb db, string name)
    {
        var user = new CirclesUser { Id = Guid.NewGuid(), UserName = name, NormalizedUserName = name.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString() };
        db.Users.Add(user);
        db.PeerSupporterProfiles.Add(new PeerSupporterProfile { UserId = user.Id, TrainingMarkedByUserId = user.Id });
        await db.SaveChangesAsync();
        return user.Id;
    }

    public void Dispose()
    {
        TestDatabase.Drop(connectionString);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS.
        }
    }
}
