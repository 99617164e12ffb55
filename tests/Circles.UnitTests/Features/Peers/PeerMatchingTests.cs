using Circles.Web.Features.Peers;
using Microsoft.Extensions.Localization;

namespace Circles.UnitTests.Features.Peers;

/// <summary>The ranking and its plain-words reasons, without a database.</summary>
public sealed class PeerMatchingTests
{
    private static readonly Guid Member = Guid.NewGuid();
    private static readonly Guid Riverside = Guid.NewGuid();

    private static PeerCandidate Peer(
        Guid? community = null, SharedExperience experiences = SharedExperience.None, PeerTopics topics = PeerTopics.None,
        PeerGender gender = PeerGender.NotSaid, Availability availability = Availability.None, int capacity = 2, int active = 0, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), community, experiences, topics, gender, availability, capacity, active);

    private static Guid First(PeerWish wish, params PeerCandidate[] candidates) => PeerMatching.Rank(wish, candidates)[0].Candidate.UserId;

    [Fact]
    public void Rank_SameCommunity_ComesFirst()
    {
        var other = Peer(community: Guid.NewGuid());
        var same = Peer(community: Riverside);
        Assert.Equal(same.UserId, First(new PeerWish(Member, "es", CommunityId: Riverside), other, same));
    }

    [Fact]
    public void Rank_SharedExperience_ComesFirst_OnlyWhenBothDeclaredIt()
    {
        var declared = Peer(experiences: SharedExperience.Work);
        var undeclared = Peer();
        Assert.Equal(declared.UserId, First(new PeerWish(Member, "es", Experiences: SharedExperience.Work), undeclared, declared));
        // The member declared nothing: the peer's declaration alone earns nothing.
        var wish = new PeerWish(Member, "es");
        Assert.Equal(PeerMatching.Score(wish, declared), PeerMatching.Score(wish, undeclared));
        // A different experience does not match either.
        var otherExperience = Peer(experiences: SharedExperience.Debt);
        var workWish = new PeerWish(Member, "es", Experiences: SharedExperience.Work);
        Assert.Equal(PeerMatching.Score(workWish, otherExperience), PeerMatching.Score(workWish, undeclared));
    }

    [Fact]
    public void Rank_TopicsTheMemberWants_ComeFirst()
    {
        var housing = Peer(topics: PeerTopics.Housing);
        var money = Peer(topics: PeerTopics.Money);
        Assert.Equal(housing.UserId, First(new PeerWish(Member, "es", Topics: PeerTopics.Housing), money, housing));
    }

    [Fact]
    public void Rank_PreferredGender_ComesFirst_AndNotSaidOnEitherSideChangesNothing()
    {
        var woman = Peer(gender: PeerGender.Woman);
        var notSaid = Peer(gender: PeerGender.NotSaid);
        Assert.Equal(woman.UserId, First(new PeerWish(Member, "es", PreferredGender: PeerGender.Woman), notSaid, woman));
        var noPreference = new PeerWish(Member, "es");
        Assert.Equal(PeerMatching.Score(noPreference, woman), PeerMatching.Score(noPreference, notSaid));
    }

    [Fact]
    public void Rank_AvailabilityOverlap_ComesFirst()
    {
        var evenings = Peer(availability: Availability.WeekdayEvenings);
        var mornings = Peer(availability: Availability.WeekendMornings);
        Assert.Equal(evenings.UserId, First(new PeerWish(Member, "es", Availability: Availability.WeekdayEvenings), mornings, evenings));
    }

    [Fact]
    public void Rank_LighterLoad_ComesFirst_AndAtCapacityIsLeftOut()
    {
        var busy = Peer(capacity: 2, active: 1);
        var free = Peer(capacity: 2, active: 0);
        var full = Peer(capacity: 2, active: 2);
        var ranked = PeerMatching.Rank(new PeerWish(Member, "es"), [busy, full, free], 5);
        Assert.Equal([free.UserId, busy.UserId], ranked.Select(r => r.Candidate.UserId));
    }

    [Fact]
    public void Rank_EqualCandidates_AlwaysComeInTheSameOrder()
    {
        var candidates = Enumerable.Range(0, 50).Select(_ => Peer()).ToList();
        var wish = new PeerWish(Member, "es");
        var once = PeerMatching.Rank(wish, candidates, 5).Select(r => r.Candidate.UserId).ToList();
        candidates.Reverse();
        var again = PeerMatching.Rank(wish, candidates, 5).Select(r => r.Candidate.UserId).ToList();
        Assert.Equal(once, again);
        Assert.Equal(5, once.Count);
    }

    [Fact]
    public void Rank_ManyCandidates_KeepsTheBestInOrder()
    {
        var wish = new PeerWish(Member, "es", Riverside, SharedExperience.Work, PeerTopics.Housing, PeerGender.Woman, Availability.WeekdayEvenings);
        var random = new Random(7);
        var candidates = Enumerable.Range(0, 2000).Select(_ => Peer(
            random.Next(2) == 0 ? Riverside : null, (SharedExperience)random.Next(128), (PeerTopics)random.Next(256),
            (PeerGender)random.Next(4), (Availability)random.Next(64), 3, random.Next(3))).ToList();
        var expected = candidates.OrderByDescending(c => PeerMatching.Score(wish, c)).Take(5).Select(c => PeerMatching.Score(wish, c));
        Assert.Equal(expected, PeerMatching.Rank(wish, candidates, 5).Select(r => r.Score));
    }

    [Fact]
    public void Explain_SaysWhatMatched_InPlainWords()
    {
        var wish = new PeerWish(Member, "es", Riverside, SharedExperience.Work, PeerTopics.Housing, PeerGender.Woman, Availability.WeekdayEvenings);
        var peer = Peer(Riverside, SharedExperience.Work | SharedExperience.Debt, PeerTopics.Housing | PeerTopics.Money, PeerGender.Woman, Availability.WeekdayEvenings, capacity: 3, active: 1);
        var words = PeerMatching.Explain(wish, peer).Select(r => PeerMatchReasons.Describe(r, new EnglishKeys())).ToList();
        Assert.Equal(
            [
                "Speaks your language: Español",
                "From the same community",
                "Has also lived through something similar: work",
                "Happy to talk about housing",
                "A woman, as you asked",
                "Free on weekday evenings, like you",
                "Supports 1 person now, room for 2 more",
            ],
            words);
    }

    [Fact]
    public void Explain_StatedWishesNotMet_AreSaidToo()
    {
        var wish = new PeerWish(Member, "es", Riverside, SharedExperience.Work, PeerTopics.Housing, PeerGender.Woman, Availability.WeekdayEvenings);
        var peer = Peer(null, SharedExperience.Debt, PeerTopics.Money, PeerGender.NotSaid, Availability.WeekendMornings);
        var reasons = PeerMatching.Explain(wish, peer);
        var words = reasons.Select(r => PeerMatchReasons.Describe(r, new EnglishKeys())).ToList();
        Assert.Contains("Did not say their gender", words);
        Assert.Contains("From another community", words);
        Assert.Contains("Has not shared an experience like the one you chose", words);
        Assert.Equal(5, reasons.Count(r => !r.Met));
        // A debt the member did not declare is never mentioned.
        Assert.DoesNotContain(words, w => w.Contains("debt", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_NoPreferenceStated_NothingIsSaidAboutIt()
    {
        var reasons = PeerMatching.Explain(new PeerWish(Member, "en"), Peer(gender: PeerGender.Man));
        Assert.Equal([MatchReasonKind.Language, MatchReasonKind.Load], reasons.Select(r => r.Kind));
    }

    /// <summary>The English text: the key itself, or for key families the English .resx value.</summary>
    private sealed class EnglishKeys : IStringLocalizer
    {
        private static readonly Dictionary<string, string> Families = new()
        {
            ["MatchExperience:Work"] = "work",
            ["MatchTopic:Housing"] = "housing",
            ["MatchTime:WeekdayEvenings"] = "weekday evenings",
            ["MatchGender:Woman"] = "A woman",
        };

        public LocalizedString this[string name] => new(name, Families.GetValueOrDefault(name, name));

        public LocalizedString this[string name, params object[] arguments] =>
            new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, this[name].Value, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
