using Circles.Tests.Shared;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.Peers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Circles.IntegrationTests.Data;

/// <summary>
/// Issue 17: a peer supporter's languages moved from their own table onto the profile row
/// (matching checks the language of every candidate). An organization that upgrades must keep
/// every peer supporter's languages: without the data step they would all have none, and no
/// member would be offered anyone.
/// </summary>
public sealed class PeerLanguagesMigrationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("circles-migration-").FullName;
    private readonly string connectionString;

    public PeerLanguagesMigrationTests() => connectionString = TestDatabase.NewConnectionString(folder);

    [Fact]
    public async Task Upgrading_KeepsEveryPeerSupportersLanguages()
    {
        var organization = new CurrentOrganization();
        Guid speaksTwo, speaksNone;
        await using (var db = Open(organization))
        {
            await db.GetService<IMigrator>().MigrateAsync("PeerLanguagesOnProfile");
            var tenant = new Organization { Slug = "upgrading", Name = "Upgrading" };
            db.Organizations.Add(tenant);
            await db.SaveChangesAsync();
            organization.Set(tenant.Id);
            speaksTwo = await AddPeerSupporterAsync(db, "speaks-two");
            speaksNone = await AddPeerSupporterAsync(db, "speaks-none");
            // As the upgrade finds them: the new column empty, the languages in the old table.
            await db.Database.ExecuteSqlAsync($"""UPDATE "PeerSupporterProfiles" SET "Languages" = NULL""");
            foreach (var language in new[] { "es", "ar" })
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "PeerSupporterLanguages" ("Id", "OrganizationId", "UserId", "Language")
                    VALUES ({Guid.NewGuid()}, {tenant.Id}, {speaksTwo}, {language})
                    """);
            }

            await db.Database.MigrateAsync();
        }

        await using var upgraded = Open(organization);
        var languages = await upgraded.PeerSupporterProfiles.ToDictionaryAsync(p => p.UserId, p => p.Languages);
        Assert.Equal(["ar", "es"], languages[speaksTwo]);
        Assert.Empty(languages[speaksNone]);
        // And matching finds them by it.
        var member = Guid.NewGuid();
        var found = await PeerMatching.Candidates(upgraded, new PeerWish(member, "ar"), []).Select(c => c.UserId).ToListAsync();
        Assert.Equal([speaksTwo], found);
    }

    private CirclesDb Open(CurrentOrganization organization) => TestDatabase.IsPostgres
        ? new PostgresCirclesDb(new DbContextOptionsBuilder<PostgresCirclesDb>().UseNpgsql(connectionString).Options, organization)
        : new SqliteCirclesDb(new DbContextOptionsBuilder<SqliteCirclesDb>().UseSqlite(connectionString + ";Pooling=false").Options, organization);

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
