using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Communities;
using Circles.Web.Features.Peers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Peers;

/// <summary>
/// The database chooses the best few with the score written in SQL (PeerMatching.Best); the same
/// rule in memory (PeerMatching.Rank over every candidate) must choose the same peers, in the same
/// order, with the same scores and reasons, on both databases: ties included.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PeerMatchingAgreementTests(SharedCirclesApp app)
{
    [Fact]
    public async Task RankAsync_VariedCandidatesWithTies_AgreesWithRankInMemory()
    {
        var organization = await app.CreateOrganizationAsync();
        var (riverside, harbour) = await app.InOrganizationAsync(organization, async db =>
        {
            var communities = new[] { new Community { Name = "Riverside" }, new Community { Name = "Harbour" } };
            db.Communities.AddRange(communities);
            await db.SaveChangesAsync();
            return (communities[0].Id, communities[1].Id);
        });
        await SeedPeersAsync(organization, riverside, harbour);

        var member = organization.Member.Id;
        PeerWish[] wishes =
        [
            new(member, "es"),
            new(member, "es", riverside, AllOf<SharedExperience>(), AllOf<PeerTopics>(), PeerGender.Woman, AllOf<Availability>()),
            new(member, "es", harbour, SharedExperience.Work | SharedExperience.Debt, PeerTopics.Housing | PeerTopics.Loneliness, PeerGender.NonBinary, Availability.WeekendEvenings),
            new(member, "es", Topics: PeerTopics.Money, PreferredGender: PeerGender.Man),
            new(member, "es", Experiences: SharedExperience.Online, Availability: Availability.WeekdayMornings | Availability.WeekendEvenings),
        ];
        foreach (var wish in wishes)
        {
            var all = await app.InOrganizationAsync(organization, async db =>
                await PeerMatching.Candidates(db, wish, await PeerMatching.ExcludedPeersAsync(db, member, default)).ToListAsync());
            Assert.True(all.Count > 30, $"{all.Count} candidates");
            // Every cut: the first few (the cut falls among ties), and everyone (the whole order).
            foreach (var top in new[] { 1, 5, 12, all.Count })
            {
                var expected = PeerMatching.Rank(wish, all, top)
                    .Select(r => (r.Candidate.UserId, r.Score, Reasons: string.Join("; ", PeerMatching.Explain(wish, r.Candidate)))).ToList();
                var actual = (await app.RankAsync(organization, wish, top))
                    .Select(r => (r.UserId, r.Score, Reasons: string.Join("; ", r.Reasons))).ToList();
                Assert.Equal(expected, actual);
            }
        }
    }

    /// <summary>
    /// Forty-odd Spanish-speaking peers: random profiles from a small space (so many scores tie),
    /// identical twins that only their load or their id can separate (ids chosen to differ in each
    /// part of a Guid), every flag set, and some at capacity.
    /// </summary>
    private async Task SeedPeersAsync(TestOrganization organization, Guid riverside, Guid harbour)
    {
        var other = await app.AddUserAsync(organization.Id, Roles.Member);
        await app.InOrganizationAsync(organization, async db =>
        {
            var role = await db.Roles.SingleAsync(r => r.Name == Roles.PeerSupporter);
            var random = new Random(11);
            Guid?[] communities = [riverside, harbour, null];
            void Add(Guid id, Guid? community, SharedExperience experiences, PeerTopics topics, PeerGender gender, Availability availability, int capacity, int active)
            {
                var name = $"peer-{id:N}";
                db.Users.Add(new CirclesUser { Id = id, UserName = name, NormalizedUserName = name.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString(), CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = id, RoleId = role.Id });
                db.PeerSupporterProfiles.Add(new PeerSupporterProfile
                {
                    UserId = id,
                    TrainingCompletedAt = app.Clock.GetUtcNow().UtcDateTime,
                    TrainingMarkedByUserId = organization.Coordinator.Id,
                    CommunityId = community,
                    Experiences = experiences,
                    Topics = topics,
                    Gender = gender,
                    Availability = availability,
                    Capacity = capacity,
                    ActiveMatches = active,
                    Languages = ["es"],
                    UpdatedAt = app.Clock.GetUtcNow().UtcDateTime,
                });
                for (var i = 0; i < active; i++)
                {
                    db.PeerMatches.Add(new PeerMatch { MemberUserId = other.Id, PeerUserId = id, ProposedByUserId = other.Id, Status = PeerMatchStatus.Active, CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
                }
            }

            for (var i = 0; i < 30; i++)
            {
                var capacity = 1 + random.Next(3);
                Add(Guid.NewGuid(), communities[random.Next(3)], (SharedExperience)random.Next(4), (PeerTopics)random.Next(4), (PeerGender)random.Next(4),
                    (Availability)random.Next(4), capacity, random.Next(capacity + 1));
            }
            // Twins: the same profile and load, ids differing only in one part each (text order
            // and Guid.CompareTo must agree on every part), plus one with a heavier load.
            string[] twinIds =
            [
                "0000000a-0000-0000-0000-000000000000", "000000a0-0000-0000-0000-000000000000", "a0000000-0000-0000-0000-000000000000",
                "10000000-000a-0000-0000-000000000000", "10000000-0a00-0000-0000-000000000000", "10000000-0000-000b-0000-000000000000",
                "10000000-0000-0b00-0000-000000000000", "10000000-0000-0000-000c-000000000000", "10000000-0000-0000-0c00-000000000000",
                "10000000-0000-0000-0000-00000000000d", "10000000-0000-0000-0000-0d0000000000", "ffffffff-ffff-ffff-ffff-fffffffffff0",
            ];
            foreach (var id in twinIds)
            {
                Add(Guid.Parse(id), riverside, SharedExperience.Work, PeerTopics.Housing, PeerGender.Woman, Availability.WeekdayEvenings, 3, 1);
            }
            Add(Guid.Parse("00000000-0000-0000-0000-000000000001"), riverside, SharedExperience.Work, PeerTopics.Housing, PeerGender.Woman, Availability.WeekdayEvenings, 3, 2);
            Add(Guid.NewGuid(), riverside, AllOf<SharedExperience>(), AllOf<PeerTopics>(), PeerGender.Woman, AllOf<Availability>(), 4, 3);
            Add(Guid.NewGuid(), null, AllOf<SharedExperience>(), AllOf<PeerTopics>(), PeerGender.NonBinary, AllOf<Availability>(), 1, 0);
            await db.SaveChangesAsync();
        });
    }

    private static T AllOf<T>() where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), Enum.GetValues<T>().Aggregate(0, (all, flag) => all | Convert.ToInt32(flag, System.Globalization.CultureInfo.InvariantCulture)));
}
