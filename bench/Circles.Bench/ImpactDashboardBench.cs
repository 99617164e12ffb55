using System.Globalization;
using BenchmarkDotNet.Attributes;
using Circles.Web;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Communities;
using Circles.Web.Features.Feedback;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Impact;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.Sessions;
using Circles.Web.Features.Wellbeing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using NpgsqlTypes;

namespace Circles.Bench;

/// <summary>
/// Budget: the whole impact dashboard (every section's queries) for a 12-month period on one
/// million attendance rows answers in under 500 ms, on SQLite and on PostgreSQL. Seeded data: 8
/// communities, 400 groups of 20 members (8,000 people, 2 % of them opted out of counting), a
/// weekly held session per group over 3 years (62,400 sessions), 16 attendance rows per session
/// (998,400), feedback on one session in four, 5,000 needs with referrals, 16,000 WHO-5 check-ins.
/// The attendance rows go in with one prepared statement in a transaction (SQLite) or binary
/// COPY (PostgreSQL), never EF row by row. PostgreSQL runs only when CIRCLES_BENCH_POSTGRES holds
/// a connection string to a throwaway server (bench/README.md says how to start one). Figures in bench/README.md.
/// </summary>
[MemoryDiagnoser]
public class ImpactDashboardBench
{
    public const string PostgresVariable = "CIRCLES_BENCH_POSTGRES";

    [Params("Sqlite", "Postgres")]
    public string Provider { get; set; } = "Sqlite";

    private const int Communities = 8;
    private const int Groups = 400;
    private const int MembersPerGroup = 20;
    private const int Weeks = 156;
    private const int RecordedPerSession = 16;
    private static readonly DateTime Now = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);

    private string? databasePath;
    private string? postgresDatabase;
    private string? postgresServer;
    private CirclesDb db = null!;
    private ImpactDashboard dashboard = null!;
    private ImpactScope scope = null!;

    /// <summary>
    /// Set CIRCLES_BENCH_IMPACT_KEEP=1 to seed once into /tmp/impact-bench.db (SQLite) or the
    /// database circles_bench_impact_kept (PostgreSQL), keep it after the run and reuse it in the
    /// next (the indexes of the current model are created on it, the ones it no longer has dropped).
    /// </summary>
    public const string KeepVariable = "CIRCLES_BENCH_IMPACT_KEEP";

    private static bool Keep => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(KeepVariable));

    /// <summary>For the section timing path (Program.cs --impact-sections): EF's executed commands with their time.</summary>
    public Action<string>? Log { get; set; }

    public CirclesDb Db => db;

    public ImpactScope Scope => scope;

    /// <summary>Synchronous: BenchmarkDotNet's in-process toolchain does not wait for an async setup that truly awaits (PostgreSQL's does).</summary>
    [GlobalSetup]
    public void SetUp() => SetUpAsync().GetAwaiter().GetResult();

    private async Task SetUpAsync()
    {
        var organization = new CurrentOrganization();
        if (Provider == "Postgres")
        {
            postgresServer = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrEmpty(postgresServer))
            {
                throw new InvalidOperationException($"Set {PostgresVariable} to a throwaway PostgreSQL's connection string (bench/README.md), or run with --filter and Provider=Sqlite only.");
            }
            postgresDatabase = Keep ? "circles_bench_impact_kept" : "circles_bench_impact_" + Guid.NewGuid().ToString("N")[..8];
            var connection = new NpgsqlConnectionStringBuilder(postgresServer) { Database = postgresDatabase }.ConnectionString;
            db = new PostgresCirclesDb(Logged(new DbContextOptionsBuilder<PostgresCirclesDb>().UseNpgsql(connection)).Options, organization);
        }
        else
        {
            databasePath = Keep ? Path.Combine(Path.GetTempPath(), "impact-bench.db") : Path.Combine(Path.GetTempPath(), $"circles-bench-impact-{Guid.NewGuid():N}.db");
            db = new SqliteCirclesDb(Logged(BenchSqlite.Builder($"Data Source={databasePath}")).Options, organization);
        }
        // The model as the entity configurations describe it, indexes included (a migration is generated from the same model).
        var created = await db.Database.EnsureCreatedAsync();
        if (!created && Keep && await db.Organizations.IgnoreQueryFilters().FirstOrDefaultAsync(o => o.Slug == "bench") is { } seeded)
        {
            organization.Set(seeded.Id);
            await AddSummaryIfMissingAsync();
            await MatchIndexesAsync();
            dashboard = new ImpactDashboard(db, new KeysOnly());
            scope = new ImpactFilter { Period = ImpactFilter.Last12 }.Resolve(DateOnly.FromDateTime(Now));
            return;
        }

        var tenant = new Organization { Slug = "bench", Name = "Bench" };
        db.Organizations.Add(tenant);
        await db.SaveChangesAsync();
        organization.Set(tenant.Id);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var random = new Random(16);
        var communities = Enumerable.Range(0, Communities).Select(i => new Community { Name = $"Community {i}", CreatedAt = Now.AddYears(-4) }).ToList();
        db.Communities.AddRange(communities);
        var people = Enumerable.Range(0, Groups * MembersPerGroup).Select(i => new CirclesUser
        {
            Id = Guid.NewGuid(),
            UserName = $"person-{i}",
            NormalizedUserName = $"PERSON-{i}",
            SecurityStamp = "x",
            CreatedAt = Now.AddYears(-4),
            NotCountedSince = random.Next(50) == 0 ? Now.AddYears(-1) : null,
        }).ToList();
        db.Users.AddRange(people);
        // One group of the last community never meets: a gap.
        var groups = Enumerable.Range(0, Groups).Select(i => new SupportGroup { Name = $"Group {i}", CommunityId = communities[i % (Communities - 1)].Id, CreatedAt = Now.AddYears(-4) }).ToList();
        db.SupportGroups.AddRange(groups);
        for (var g = 0; g < Groups; g++)
        {
            for (var m = 0; m < MembersPerGroup; m++)
            {
                db.GroupMemberships.Add(new GroupMembership { GroupId = groups[g].Id, UserId = people[(g * MembersPerGroup) + m].Id, Status = random.Next(10) == 0 ? MembershipStatus.Left : MembershipStatus.Active, UpdatedAt = Now });
            }
        }
        await SaveAsync();

        var sessions = new List<(Guid Id, int Group, DateTime StartsAt)>();
        var start = Now.AddDays(-7 * Weeks);
        for (var g = 0; g < Groups; g++)
        {
            for (var w = 0; w < Weeks; w++)
            {
                var startsAt = start.AddDays((7 * w) + (g % 7)).Date.AddHours(17);
                var session = new GroupSession { GroupId = groups[g].Id, StartsAt = startsAt, Status = SessionStatus.Held, HeldAt = startsAt.AddHours(2) };
                db.GroupSessions.Add(session);
                sessions.Add((session.Id, g, startsAt));
                if (w % 4 == 0)
                {
                    for (var f = 0; f < 4; f++)
                    {
                        db.FeedbackResponses.Add(new FeedbackResponse { SessionId = session.Id, FeltSafe = 1 + random.Next(5), Useful = 1 + random.Next(5) });
                    }
                }
            }
            if (g % 50 == 49)
            {
                await SaveAsync();
            }
        }
        for (var i = 0; i < 5_000; i++)
        {
            var createdAt = Now.AddDays(-random.Next(1000));
            var met = random.Next(3) == 0;
            var need = new Need
            {
                MemberUserId = people[random.Next(people.Count)].Id,
                Category = (NeedCategory)random.Next(10),
                CommunityId = communities[random.Next(Communities)].Id,
                CreatedAt = createdAt,
                Status = met ? NeedStatus.Met : NeedStatus.InProgress,
                ClosedAt = met ? createdAt.AddDays(random.Next(60)) : null,
            };
            db.Needs.Add(need);
            db.Referrals.Add(new Referral { NeedId = need.Id, ServiceId = "service", Status = (ReferralStatus)random.Next(6), CreatedAt = createdAt, StatusChangedAt = createdAt });
        }
        for (var i = 0; i < 16_000; i++)
        {
            var item = random.Next(6);
            db.WellbeingCheckIns.Add(new WellbeingCheckIn { UserId = people[random.Next(people.Count)].Id, TakenAt = Now.AddDays(-random.Next(1000)), Item1 = item, Item2 = item, Item3 = item, Item4 = item, Item5 = item });
        }
        await SaveAsync();

        await InsertAttendanceAsync(tenant.Id, sessions, people, random);
        await FillSummaryAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        dashboard = new ImpactDashboard(db, new KeysOnly());
        scope = new ImpactFilter { Period = ImpactFilter.Last12 }.Resolve(DateOnly.FromDateTime(Now));
    }

    private DbContextOptionsBuilder<T> Logged<T>(DbContextOptionsBuilder<T> builder)
        where T : DbContext =>
        Log is { } log ? builder.LogTo(log, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]) : builder;

    /// <summary>A kept database: the indexes of the current model, no others (named IX_…), then fresh statistics.</summary>
    private async Task MatchIndexesAsync()
    {
        var wanted = db.Database.GenerateCreateScript()
            .Split(';')
            .Select(statement => statement.Trim())
            .Where(statement => statement.StartsWith("CREATE INDEX", StringComparison.Ordinal) || statement.StartsWith("CREATE UNIQUE INDEX", StringComparison.Ordinal))
            .ToList();
        string NameOf(string statement) => statement.Split('"')[1];
        var names = wanted.Select(NameOf).ToHashSet();
        var existing = await db.Database.SqlQueryRaw<string>(db.Database.IsNpgsql()
                ? "SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE 'IX\\_%'"
                : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name LIKE 'IX\\_%' ESCAPE '\\'")
            .ToListAsync();
        var changed = false;
        foreach (var name in existing.Where(n => !names.Contains(n)))
        {
            var drop = "DROP INDEX \"" + name + "\"";
            await db.Database.ExecuteSqlRawAsync(drop);
            changed = true;
        }
        foreach (var statement in wanted.Where(s => !existing.Contains(NameOf(s))))
        {
            await db.Database.ExecuteSqlRawAsync(statement.Replace(" INDEX \"", " INDEX IF NOT EXISTS \"", StringComparison.Ordinal));
            changed = true;
        }
        if (changed)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }

    /// <summary>
    /// The monthly attendance summary the dashboard reads, filled from the attendance just written
    /// in bulk by the same statement as the migration that brings the table (the app keeps it on
    /// every save; bulk writes bypass that), then fresh statistics.
    /// </summary>
    private async Task FillSummaryAsync()
    {
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? MonthlyAttendanceFill.Postgres : MonthlyAttendanceFill.Sqlite);
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    /// <summary>A database kept from before the summary existed: its table (the model's), filled.</summary>
    private async Task AddSummaryIfMissingAsync()
    {
        try
        {
            await db.MonthlyAttendances.IgnoreQueryFilters().AnyAsync();
            return;
        }
        catch (System.Data.Common.DbException)
        {
        }
        var create = db.Database.GenerateCreateScript()
            .Split(';')
            .Select(statement => statement.Trim())
            .Single(statement => statement.StartsWith("CREATE TABLE \"MonthlyAttendances\"", StringComparison.Ordinal));
        await db.Database.ExecuteSqlRawAsync(create);
        await FillSummaryAsync();
    }

    private async Task SaveAsync()
    {
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    /// <summary>About a million rows: 16 of each group's 20 members recorded per session, four in five present.</summary>
    private async Task InsertAttendanceAsync(Guid organizationId, List<(Guid Id, int Group, DateTime StartsAt)> sessions, List<CirclesUser> people, Random random)
    {
        IEnumerable<(Guid Session, Guid User, string Status, DateTime At)> Rows()
        {
            foreach (var (id, group, startsAt) in sessions)
            {
                var offset = random.Next(MembersPerGroup);
                for (var k = 0; k < RecordedPerSession; k++)
                {
                    var person = people[(group * MembersPerGroup) + ((offset + k) % MembersPerGroup)].Id;
                    yield return (id, person, random.Next(5) == 0 ? nameof(AttendanceStatus.Absent) : nameof(AttendanceStatus.Present), startsAt);
                }
            }
        }
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        if (connection is NpgsqlConnection postgres)
        {
            // Its own scope: the connection stays in COPY state until the importer is disposed.
            await using (var import = await postgres.BeginBinaryImportAsync(
                "COPY \"Attendances\" (\"Id\", \"OrganizationId\", \"SessionId\", \"UserId\", \"Status\", \"RecordedAt\") FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var row in Rows())
                {
                    await import.StartRowAsync();
                    await import.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                    await import.WriteAsync(organizationId, NpgsqlDbType.Uuid);
                    await import.WriteAsync(row.Session, NpgsqlDbType.Uuid);
                    await import.WriteAsync(row.User, NpgsqlDbType.Uuid);
                    await import.WriteAsync(row.Status, NpgsqlDbType.Varchar);
                    await import.WriteAsync(row.At, NpgsqlDbType.TimestampTz);
                }
                await import.CompleteAsync();
            }
            await using var analyze = postgres.CreateCommand();
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync();
        }
        else
        {
            var sqlite = (SqliteConnection)connection;
            await using var transaction = sqlite.BeginTransaction();
            await using var command = sqlite.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO \"Attendances\" (\"Id\", \"OrganizationId\", \"SessionId\", \"UserId\", \"Status\", \"RecordedAt\") VALUES ($id, $organization, $session, $user, $status, $at)";
            var id = command.Parameters.Add("$id", SqliteType.Text);
            var organization = command.Parameters.Add("$organization", SqliteType.Text);
            var session = command.Parameters.Add("$session", SqliteType.Text);
            var user = command.Parameters.Add("$user", SqliteType.Text);
            var status = command.Parameters.Add("$status", SqliteType.Text);
            var at = command.Parameters.Add("$at", SqliteType.Text);
            command.Prepare();
            // As EF Core's SQLite provider writes them: upper-case GUID text, ISO date text.
            organization.Value = organizationId.ToString().ToUpperInvariant();
            foreach (var row in Rows())
            {
                id.Value = Guid.NewGuid().ToString().ToUpperInvariant();
                session.Value = row.Session.ToString().ToUpperInvariant();
                user.Value = row.User.ToString().ToUpperInvariant();
                status.Value = row.Status;
                at.Value = row.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
            await using var analyze = sqlite.CreateCommand();
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync();
        }
        await db.Database.CloseConnectionAsync();
    }

    [GlobalCleanup]
    public void CleanUp() => CleanUpAsync().GetAwaiter().GetResult();

    private async Task CleanUpAsync()
    {
        await db.DisposeAsync();
        if (Keep)
        {
            return;
        }
        if (databasePath is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(databasePath);
        }
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = new NpgsqlConnection(postgresServer);
            await server.OpenAsync();
            await using var drop = server.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Every section of /impact for the last 12 months, all communities.</summary>
    [Benchmark]
    public async Task<int> WholeDashboard() => (await dashboard.BuildAsync(scope, CancellationToken.None)).Count;

    /// <summary>The words are the keys: the benchmark measures the queries, not the translations.</summary>
    public sealed class KeysOnly : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
