using System.Globalization;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Communities;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Messages;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.Peers;
using Circles.Web.Features.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Circles.Bench.Load;

/// <summary>How much data: the two sizes of issue 17, and a tiny one for the generator's test.</summary>
public sealed record DataSize(string Name, int Organizations, int Members, int Groups, int Sessions, int Attendance, int Services, int Messages)
{
    public static readonly DataSize Charity = new("charity", 1, 2_000, 150, 30_000, 200_000, 5_000, 20_000);
    // Sessions are not named by the issue for "network": 12 a group, so that ten members a group can fill a million attendance rows.
    public static readonly DataSize Network = new("network", 300, 100_000, 10_000, 120_000, 1_000_000, 100_000, 1_000_000);
    public static readonly DataSize Tiny = new("tiny", 2, 60, 6, 60, 300, 40, 100);

    public static DataSize Named(string name) => name switch
    {
        "charity" => Charity,
        "network" => Network,
        "tiny" => Tiny,
        _ => throw new ArgumentException($"Unknown size {name}: charity, network or tiny."),
    };
}

/// <summary>The three people the harness signs in as, all in the first organization ("bench").</summary>
public sealed record BenchPeople(string Slug, string Password, Guid MemberId, Guid FacilitatorId, string FacilitatorKey, Guid CoordinatorId, string CoordinatorKey, Guid GroupId, Guid SessionId)
{
    public const string MemberName = "bench-member";
    public const string FacilitatorName = "bench-facilitator";
    public const string CoordinatorName = "bench-coordinator";
}

/// <summary>
/// Deterministic data (fixed seed; ids drawn from the same seeded random) for the load harness, on
/// the schema of the app's own migrations. Small tables through EF in batches; attendance and
/// messages, the millions, as prepared inserts in one transaction (SQLite) or binary COPY
/// (PostgreSQL), like <c>ImpactDashboardBench</c>. Encrypted fields are left empty except
/// message bodies, which are encrypted once by the app's own <see cref="Circles.Web.Security.FieldProtector"/>
/// (same key ring as the server) and reused.
/// </summary>
public static class DataGenerator
{
    public const string Password = "bench password that is long enough 42";
    public static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    /// <param name="newDb">A fresh context on the target database for the given organization scope (one per organization: a scope's organization cannot change).</param>
    public static async Task<BenchPeople> GenerateAsync(Func<CurrentOrganization, CirclesDb> newDb, DataSize size, Func<string, string> protectMessage, Action<string> log)
    {
        var db = newDb(new CurrentOrganization());
        await db.Database.MigrateAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(17);
        Guid NextId()
        {
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        var roles = new Dictionary<string, Guid>();
        foreach (var role in Roles.All)
        {
            var existing = await db.Roles.Where(r => r.Name == role).Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
            if (existing is null)
            {
                var created = new IdentityRole<Guid>(role) { Id = NextId(), NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = "bench" };
                db.Roles.Add(created);
                existing = created.Id;
            }
            roles[role] = existing.Value;
        }
        await SaveAsync(db);

        // One hash for everyone who signs in (Identity's production cost), computed once.
        var hash = new PasswordHasher<CirclesUser>().HashPassword(new CirclesUser(), Password);
        var bodies = Enumerable.Range(0, 8).Select(i => protectMessage($"Thinking of you this week. Message {i}.")).ToArray();
        BenchPeople? people = null;
        var attendance = new List<object?[]>();
        var messages = new List<object?[]>();
        var attendanceLeft = size.Attendance;
        var messagesLeft = size.Messages;

        for (var o = 0; o < size.Organizations; o++)
        {
            int Share(int total) => (total / size.Organizations) + (o < total % size.Organizations ? 1 : 0);
            var organization = new Organization { Id = NextId(), Slug = o == 0 ? "bench" : $"bench-{o}", Name = $"Bench {o}", CreatedAt = Now.AddYears(-3) };
            db.Organizations.Add(organization);
            await SaveAsync(db);
            await db.DisposeAsync();
            var current = new CurrentOrganization();
            current.Set(organization.Id);
            db = newDb(current);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var community = new Community { Id = NextId(), Name = "Community", CreatedAt = Now.AddYears(-3) };
            db.Communities.Add(community);

            var memberCount = Share(size.Members);
            var users = new List<CirclesUser>(memberCount + 3);
            CirclesUser Person(string name, bool signsIn) => new()
            {
                Id = NextId(),
                UserName = name,
                NormalizedUserName = name.ToUpperInvariant(),
                SecurityStamp = NextId().ToString("N"),
                ConcurrencyStamp = NextId().ToString(),
                PasswordHash = signsIn ? hash : null,
                CreatedAt = Now.AddYears(-2),
                SafetyIntroSeenAt = Now.AddYears(-2),
            };
            for (var m = 0; m < memberCount; m++)
            {
                users.Add(Person(o == 0 && m == 0 ? BenchPeople.MemberName : $"member-{o}-{m}", o == 0 && m == 0));
            }
            // Peer supporters: one in fifty members also supports others (for the messages).
            var peers = users.Where((_, i) => i % 50 == 1).ToList();
            db.Users.AddRange(users);
            foreach (var user in users)
            {
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[Roles.Member] });
            }
            foreach (var peer in peers)
            {
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = peer.Id, RoleId = roles[Roles.PeerSupporter] });
            }
            CirclesUser? facilitator = null;
            CirclesUser? coordinator = null;
            string facilitatorKey = "", coordinatorKey = "";
            if (o == 0)
            {
                (facilitator, facilitatorKey) = Staff(BenchPeople.FacilitatorName, Roles.Facilitator);
                (coordinator, coordinatorKey) = Staff(BenchPeople.CoordinatorName, Roles.Coordinator);
            }
            (CirclesUser, string) Staff(string name, string role)
            {
                var person = Person(name, signsIn: true);
                person.TwoFactorEnabled = true;
                db.Users.Add(person);
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = person.Id, RoleId = roles[role] });
                // As Identity's authenticator stores it (UserManager.ResetAuthenticatorKeyAsync): a base32 key in the user's tokens.
                var key = Base32(NextId().ToByteArray().Concat(NextId().ToByteArray()).Take(20).ToArray());
                db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = person.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = key });
                return (person, key);
            }
            await SaveAsync(db);

            var groupCount = Share(size.Groups);
            var groups = Enumerable.Range(0, groupCount).Select(g => new SupportGroup
            {
                Id = NextId(),
                Name = $"Circle {o}-{g}",
                CommunityId = community.Id,
                MeetingPattern = "Tuesdays, 6 pm",
                MeetingPlace = "The community room",
                CreatedAt = Now.AddYears(-2),
            }).ToList();
            db.SupportGroups.AddRange(groups);
            var membersOf = new List<Guid>[groupCount];
            for (var g = 0; g < groupCount; g++)
            {
                membersOf[g] = [];
            }
            for (var m = 0; m < users.Count; m++)
            {
                var g = m % groupCount;
                membersOf[g].Add(users[m].Id);
                db.GroupMemberships.Add(new GroupMembership { Id = NextId(), GroupId = groups[g].Id, UserId = users[m].Id, Status = MembershipStatus.Active, UpdatedAt = Now.AddYears(-1) });
            }
            if (facilitator is not null)
            {
                db.GroupFacilitators.Add(new GroupFacilitator { Id = NextId(), GroupId = groups[0].Id, UserId = facilitator.Id });
            }
            await SaveAsync(db);

            // Weekly sessions, the newest first going back; each group's next one is still to come.
            var sessionCount = Share(size.Sessions);
            var perGroup = Math.Max(1, sessionCount / groupCount);
            var heldLeft = sessionCount - Math.Min(groupCount, sessionCount);
            var organizationAttendanceLeft = Share(size.Attendance);
            Guid benchSession = Guid.Empty;
            var made = 0;
            for (var g = 0; g < groupCount && made < sessionCount; g++)
            {
                for (var w = 0; w < perGroup + (g < sessionCount % groupCount ? 1 : 0) && made < sessionCount; w++, made++)
                {
                    var startsAt = Now.Date.AddDays(2 + (g % 5) - (7 * w)).AddHours(18);
                    var upcoming = w == 0;
                    var session = new GroupSession { Id = NextId(), GroupId = groups[g].Id, StartsAt = startsAt, Status = upcoming ? SessionStatus.Scheduled : SessionStatus.Held, HeldAt = upcoming ? null : startsAt.AddHours(2) };
                    db.GroupSessions.Add(session);
                    if (g == 0 && w == 1)
                    {
                        benchSession = session.Id;
                    }
                    if (!upcoming)
                    {
                        var present = membersOf[g];
                        var recorded = Math.Min(present.Count, (organizationAttendanceLeft + heldLeft - 1) / Math.Max(1, heldLeft));
                        heldLeft--;
                        for (var k = 0; k < recorded && attendanceLeft > 0; k++, attendanceLeft--, organizationAttendanceLeft--)
                        {
                            var status = random.Next(5) == 0 ? nameof(AttendanceStatus.Absent) : nameof(AttendanceStatus.Present);
                            attendance.Add([NextId(), organization.Id, session.Id, present[(w + k) % present.Count], status, startsAt.AddHours(2)]);
                        }
                    }
                }
                if (g % 200 == 199)
                {
                    await SaveAsync(db);
                }
            }
            await SaveAsync(db);

            // The needs queue: one member in twenty has asked for something.
            for (var n = 0; n < users.Count / 20; n++)
            {
                var createdAt = Now.AddDays(-random.Next(400));
                var waiting = random.Next(4) == 0;
                db.Needs.Add(new Need
                {
                    Id = NextId(),
                    MemberUserId = users[n * 20].Id,
                    Category = (NeedCategory)random.Next(10),
                    CommunityId = community.Id,
                    CreatedAt = createdAt,
                    Status = waiting ? NeedStatus.Waiting : NeedStatus.Met,
                    ClosedAt = waiting ? null : createdAt.AddDays(random.Next(60)),
                });
            }

            string[] topics = ["housing", "legal aid", "immigration advice", "counselling", "medical care", "food bank", "language classes", "employment rights", "money advice", "safety planning"];
            string[] places = ["Riverside", "Northgate", "Old Town", "Harbour", "Hillcrest", "Eastfield"];
            var serviceCount = Share(size.Services);
            for (var s = 0; s < serviceCount; s++)
            {
                var topic = topics[random.Next(topics.Length)];
                var place = places[random.Next(places.Length)];
                db.Set<HsdsService>().Add(new HsdsService
                {
                    Id = NextId().ToString(),
                    Name = $"{place} {topic} {s}",
                    Description = $"Free {topic} for adults in {place}. Drop in or call ahead; an interpreter can join on request. Service number {s}.",
                    Status = "active",
                });
                if (s % 2000 == 1999)
                {
                    await SaveAsync(db);
                }
            }
            await SaveAsync(db);

            // Messages: each peer supporter matched with a member; the bench member's match first.
            var matches = new List<(Guid Id, Guid Member, Guid Peer)>();
            for (var p = 0; p < peers.Count; p++)
            {
                var member = users[(p * 50) % users.Count];
                var match = new PeerMatch { Id = NextId(), MemberUserId = member.Id, PeerUserId = peers[p].Id, ProposedByUserId = peers[p].Id, Status = PeerMatchStatus.Active, CreatedAt = Now.AddYears(-1), ActiveSince = Now.AddYears(-1), MemberAcceptedAt = Now.AddYears(-1), PeerAcceptedAt = Now.AddYears(-1) };
                db.PeerMatches.Add(match);
                matches.Add((match.Id, member.Id, peers[p].Id));
            }
            await SaveAsync(db);
            var messageCount = Math.Min(messagesLeft, Share(size.Messages));
            for (var i = 0; i < messageCount && matches.Count > 0; i++, messagesLeft--)
            {
                var (matchId, member, peer) = matches[i % matches.Count];
                var fromMember = i % 2 == 0;
                var sentAt = Now.AddMinutes(-(messageCount - i) * 7);
                messages.Add([NextId(), organization.Id, matchId, fromMember ? member : peer, fromMember ? peer : member, bodies[i % bodies.Length], sentAt, i >= messageCount - 20 ? null : sentAt.AddHours(1)]);
            }

            if (o == 0)
            {
                people = new BenchPeople(organization.Slug, Password, users[0].Id, facilitator!.Id, facilitatorKey, coordinator!.Id, coordinatorKey, groups[0].Id, benchSession);
            }
            if (attendance.Count > 200_000 || messages.Count > 200_000 || o == size.Organizations - 1)
            {
                await FlushAsync(db, attendance, messages);
            }
            if (o % 50 == 49)
            {
                log($"  {o + 1} organizations");
            }
        }
        await AnalyzeAsync(db);
        await db.DisposeAsync();
        return people!;
    }

    private static async Task FlushAsync(CirclesDb db, List<object?[]> attendance, List<object?[]> messages)
    {
        await BulkInsertAsync(db, "Attendances", ["Id", "OrganizationId", "SessionId", "UserId", "Status", "RecordedAt"], attendance);
        await BulkInsertAsync(db, "DirectMessages", ["Id", "OrganizationId", "MatchId", "SenderUserId", "RecipientUserId", "ProtectedBody", "SentAt", "ReadAt"], messages);
        attendance.Clear();
        messages.Clear();
    }

    private static async Task SaveAsync(CirclesDb db)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    /// <summary>Rows in one go: a prepared statement in one transaction (SQLite) or binary COPY (PostgreSQL), values as EF writes them.</summary>
    public static async Task BulkInsertAsync(CirclesDb db, string table, string[] columns, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var columnList = string.Join(", ", columns.Select(c => $"\"{c}\""));
            if (connection is NpgsqlConnection postgres)
            {
                await using var import = await postgres.BeginBinaryImportAsync($"COPY \"{table}\" ({columnList}) FROM STDIN (FORMAT BINARY)");
                foreach (var row in rows)
                {
                    await import.StartRowAsync();
                    foreach (var value in row)
                    {
                        switch (value)
                        {
                            case null: await import.WriteNullAsync(); break;
                            case Guid guid: await import.WriteAsync(guid, NpgsqlTypes.NpgsqlDbType.Uuid); break;
                            case DateTime at: await import.WriteAsync(at, NpgsqlTypes.NpgsqlDbType.TimestampTz); break;
                            case string text: await import.WriteAsync(text, NpgsqlTypes.NpgsqlDbType.Text); break;
                            default: throw new NotSupportedException(value.GetType().Name);
                        }
                    }
                }
                await import.CompleteAsync();
                return;
            }
            var sqlite = (SqliteConnection)connection;
            await using var transaction = sqlite.BeginTransaction();
            await using var command = sqlite.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({columnList}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            var parameters = columns.Select((_, i) => command.Parameters.Add("$p" + i, SqliteType.Text)).ToArray();
            command.Prepare();
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    // As EF Core's SQLite provider writes them: upper-case GUID text, ISO date text.
                    parameters[i].Value = row[i] switch
                    {
                        null => DBNull.Value,
                        Guid guid => guid.ToString().ToUpperInvariant(),
                        DateTime at => at.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
                        var other => other,
                    };
                }
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task AnalyzeAsync(CirclesDb db) => await db.Database.ExecuteSqlRawAsync("ANALYZE");

    private static string Base32(byte[] bytes)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new System.Text.StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                output.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0)
        {
            output.Append(alphabet[(buffer << (5 - bits)) & 31]);
        }
        return output.ToString();
    }
}
