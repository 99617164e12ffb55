using BenchmarkDotNet.Attributes;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.Peers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Circles.Bench;

/// <summary>
/// Budget: ranking 100,000 peer supporters for one member. Scoring the candidate rows in memory
/// (bit operations, a top-5 heap) stays well under 50 ms; the whole path a page runs (the one
/// filtering and scoring query, returning the best five, and their names) on SQLite stays
/// under 200 ms. Figures in bench/README.md.
/// </summary>
[MemoryDiagnoser]
public class PeerMatchingBench
{
    /// <summary>The budget is for 100,000; the smaller sizes show what a real organization sees.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Peers { get; set; }

    private const int OtherMembers = 1_000;

    private string databasePath = "";
    private SqliteCirclesDb db = null!;
    private PeerCandidate[] rows = [];
    private PeerWish wish = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        databasePath = Path.Combine(Path.GetTempPath(), $"circles-bench-peers-{Guid.NewGuid():N}.db");
        var organization = new CurrentOrganization();
        db = new SqliteCirclesDb(
            BenchSqlite.Options($"Data Source={databasePath}"),
            organization);
        await db.Database.MigrateAsync();

        var tenant = new Organization { Slug = "bench", Name = "Bench" };
        db.Organizations.Add(tenant);
        var role = new IdentityRole<Guid>(Roles.PeerSupporter) { Id = Guid.NewGuid(), NormalizedName = Roles.PeerSupporter.ToUpperInvariant() };
        db.Roles.Add(role);
        await db.SaveChangesAsync();
        organization.Set(tenant.Id);

        var communities = Enumerable.Range(0, 8).Select(i => new Circles.Web.Features.Communities.Community { Name = $"Community {i}" }).ToList();
        db.Communities.AddRange(communities);
        var member = NewUser("member");
        var others = Enumerable.Range(0, OtherMembers).Select(i => NewUser($"other-{i}")).ToList();
        db.Users.Add(member);
        db.Users.AddRange(others);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // Plain inserts, no change detection: the seeding of 100,000 peers is setup, not the measure.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(42);
        string[] languages = ["en", "es", "ar", "fr", "pt"];
        for (var i = 0; i < Peers; i++)
        {
            var peer = NewUser($"peer-{i}");
            db.Users.Add(peer);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = peer.Id, RoleId = role.Id });
            var capacity = 1 + random.Next(4);
            var active = random.Next(capacity + 1);
            db.PeerSupporterProfiles.Add(new PeerSupporterProfile
            {
                UserId = peer.Id,
                CommunityId = random.Next(3) == 0 ? null : communities[random.Next(communities.Count)].Id,
                Experiences = (SharedExperience)random.Next(128),
                Topics = (PeerTopics)random.Next(256),
                Gender = (PeerGender)random.Next(4),
                Availability = (Availability)random.Next(64),
                Capacity = capacity,
                ActiveMatches = active,
                PausedAt = random.Next(20) == 0 ? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) : null,
                // Most speak the member's language, as in an organization that serves one main community.
                Languages = [random.Next(10) < 8 ? "es" : languages[random.Next(languages.Length)]],
            });
            for (var m = active; m > 0; m--)
            {
                db.PeerMatches.Add(new PeerMatch
                {
                    MemberUserId = others[random.Next(others.Count)].Id,
                    PeerUserId = peer.Id,
                    ProposedByUserId = peer.Id,
                    Status = PeerMatchStatus.Active,
                });
            }
            if (i % 5000 == 4999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        // As the app after a restart on this data: new connections, whose settings include
        // gathering statistics on the tables seeded since (without them SQLite reads every match
        // of the organization to find one member's: 40 ms of the full path).
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        wish = new PeerWish(member.Id, "es", communities[0].Id, SharedExperience.Work | SharedExperience.Debt,
            PeerTopics.Housing | PeerTopics.Immigration, PeerGender.Woman, Availability.WeekdayEvenings | Availability.WeekendMornings);
        // The in-memory benchmark scores exactly as many rows as there are peers, whatever the filter would keep.
        rows = [.. Enumerable.Range(0, Peers).Select(_ => new PeerCandidate(
            Guid.NewGuid(), communities[random.Next(communities.Count)].Id, (SharedExperience)random.Next(128), (PeerTopics)random.Next(256),
            (PeerGender)random.Next(4), (Availability)random.Next(64), 3, random.Next(3)))];
    }

    private static CirclesUser NewUser(string name) => new()
    {
        Id = Guid.NewGuid(),
        UserName = name,
        NormalizedUserName = name.ToUpperInvariant(),
        SecurityStamp = Guid.NewGuid().ToString(),
    };

    [GlobalCleanup]
    public async Task CleanUp()
    {
        await db.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(databasePath);
    }

    /// <summary>Scoring and top-5 selection of the candidate rows already in memory.</summary>
    [Benchmark]
    public int ScoreInMemory() => PeerMatching.Rank(wish, rows, PeerMatching.DefaultTop).Count;

    /// <summary>What /peers runs: the filtering and scoring query over every peer supporter (five rows back), and the five names.</summary>
    [Benchmark]
    public async Task<int> FullPathSqlite() => (await PeerMatching.RankAsync(db, wish)).Count;
}
