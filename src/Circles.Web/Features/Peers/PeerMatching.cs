using System.Numerics;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Peers;

/// <summary>What a member asked for: the language is required, everything else is a preference they chose to state.</summary>
public sealed record PeerWish(
    Guid MemberUserId,
    string Language,
    Guid? CommunityId = null,
    SharedExperience Experiences = SharedExperience.None,
    PeerTopics Topics = PeerTopics.None,
    PeerGender PreferredGender = PeerGender.NotSaid,
    Availability Availability = Availability.None)
{
    public static PeerWish From(PeerRequest request) => new(
        request.MemberUserId, request.Language, request.CommunityId, request.Experiences, request.Topics, request.PreferredGender, request.Availability);
}

/// <summary>
/// One peer supporter who may be offered: already filtered by the database (role, profile, not
/// paused, shared language, no block, no open match with this member, below capacity).
/// </summary>
public readonly record struct PeerCandidate(
    Guid UserId,
    Guid? CommunityId,
    SharedExperience Experiences,
    PeerTopics Topics,
    PeerGender Gender,
    Availability Availability,
    int Capacity,
    int ActiveMatches);

public enum MatchReasonKind
{
    Language,
    Community,
    Experience,
    Topic,
    Gender,
    Availability,
    Load,
}

/// <summary>
/// Why a candidate ranks where they do, in a form the page turns into kind, plain words
/// (<see cref="PeerMatchReasons"/>). <see cref="Met"/> is false for a stated wish that this peer
/// does not meet: the member sees that too.
/// </summary>
public sealed record MatchReason(MatchReasonKind Kind, bool Met, int Flags = 0, string? Language = null, int Active = 0, int Room = 0);

public sealed record RankedPeer(Guid UserId, string Pseudonym, int Score, IReadOnlyList<MatchReason> Reasons);

/// <summary>
/// Explainable ranking of peer supporters for a member. The database does the filtering in one
/// query (language, role, pause, blocks, open matches, room left), scores in the
/// same query and returns only the best few rows (<see cref="Best"/>); the same rule in memory
/// (<see cref="Score"/>, <see cref="Rank"/>) orders those few and explains them
/// (bench/Circles.Bench/PeerMatchingBench.cs).
/// </summary>
public static class PeerMatching
{
    public const int DefaultTop = 5;

    // Weights: what the member shared about their life counts most, then the stated preference
    // of gender, then community and topics; availability and a lighter load refine the order.
    internal const int ExperienceWeight = 6;
    internal const int GenderWeight = 5;
    internal const int CommunityWeight = 4;
    internal const int TopicWeight = 3;
    internal const int AvailabilityWeight = 2;
    internal const int LoadWeight = 4;

    private const long SpreadBits = 0x200040008001;
    private const long OneBitPerNibble = 0x111111111111111;

    /// <summary>The ranked, explained best candidates; the same few database queries whatever the number of candidates.</summary>
    public static async Task<IReadOnlyList<RankedPeer>> RankAsync(
        CirclesDb db, PeerWish wish, int top = DefaultTop, Guid? onlyPeer = null, CancellationToken cancellationToken = default)
    {
        if (top <= 0)
        {
            return [];
        }
        var excluded = await ExcludedPeersAsync(db, wish.MemberUserId, cancellationToken);
        var rows = await Best(Candidates(db, wish, excluded, onlyPeer), wish, top).ToListAsync(cancellationToken);
        // The database chose the rows with the same rule and order; ranking them again here gives
        // the scores from the one in-memory rule (Score) and keeps the order whatever the provider.
        var best = Rank(wish, rows, top);
        if (best.Count == 0)
        {
            return [];
        }
        var ids = best.Select(b => b.Candidate.UserId).ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.UserName }).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", cancellationToken);
        return [.. best.Select(b => new RankedPeer(b.Candidate.UserId, names.GetValueOrDefault(b.Candidate.UserId, ""), b.Score, Explain(wish, b.Candidate)))];
    }

    /// <summary>
    /// The peers this member must not be offered: blocked either way (the rule of
    /// Moderation/Blocking) or already in an open match with them. A member has a handful at
    /// most, so they are read first and passed as a list: as correlated subqueries they made
    /// SQLite scan every match of the organization once per candidate (minutes at 100,000
    /// peer supporters, PeerMatchingBench).
    /// </summary>
    public static async Task<List<Guid>> ExcludedPeersAsync(CirclesDb db, Guid memberId, CancellationToken cancellationToken)
    {
        var blocked = await Moderation.Blocking.HiddenFromAsync(db, memberId, cancellationToken);
        var matched = await db.PeerMatches
            .Where(m => m.MemberUserId == memberId && (m.Status == PeerMatchStatus.Active || m.Status == PeerMatchStatus.Proposed))
            .Select(m => m.PeerUserId)
            .ToListAsync(cancellationToken);
        return [.. blocked.Union(matched)];
    }

    /// <summary>
    /// Every eligible peer supporter with their current number of active matches. The load and
    /// whether they hold the role are read from the profile row (<see cref="PeerLoad"/>,
    /// <see cref="PeerSupporterProfile.HoldsRole"/>): counting matches and checking roles for each
    /// of 100,000 peers was most of the query's time (PeerMatchingBench).
    /// </summary>
    public static IQueryable<PeerCandidate> Candidates(CirclesDb db, PeerWish wish, IReadOnlyCollection<Guid> excludedPeers, Guid? onlyPeer = null)
    {
        var excluded = excludedPeers.ToList();
        var memberId = wish.MemberUserId;
        var language = wish.Language;
        return
            from p in db.PeerSupporterProfiles
            where p.HoldsRole && p.PausedAt == null && p.ActiveMatches < p.Capacity && p.UserId != memberId && (onlyPeer == null || p.UserId == onlyPeer)
            // Counted, not Contains (nor Any, which EF turns into Contains): SQLite then reads each
            // candidate's one to three languages in place instead of building a list of them for
            // every candidate (PeerMatchingBench: about 80 ms over 100,000 candidates).
            where p.Languages.Count(l => l == language) > 0
            where !excluded.Contains(p.UserId)
            // Member initialization, not the constructor: Best orders by these members in SQL.
            select new PeerCandidate
            {
                UserId = p.UserId,
                CommunityId = p.CommunityId,
                Experiences = p.Experiences,
                Topics = p.Topics,
                Gender = p.Gender,
                Availability = p.Availability,
                Capacity = p.Capacity,
                ActiveMatches = p.ActiveMatches,
            };
    }

    /// <summary>
    /// The best <paramref name="top"/> candidates chosen by the database: <see cref="Score"/>
    /// written so both providers run it, in <see cref="RankKey"/>'s order, so only a few rows
    /// leave the database instead of every eligible peer (100,000 peers, PeerMatchingBench).
    /// Must agree with <see cref="Score"/>; PeerMatchingAgreementTests compares them on both providers.
    /// </summary>
    public static IQueryable<PeerCandidate> Best(IQueryable<PeerCandidate> candidates, PeerWish wish, int top)
    {
        var community = wish.CommunityId;
        var experiences = (int)wish.Experiences;
        var topics = (int)wish.Topics;
        var gender = wish.PreferredGender;
        var availability = (int)wish.Availability;
        // Bits in common, counted by multiplication: SQL has no popcount, and v * 0x200040008001
        // spreads each bit of v (up to 14 bits) into its own nibble, the mask keeps one copy of
        // each, and the remainder by 15 adds the nibbles. Three operations a set of flags instead
        // of 24 for masking each bit apart (100,000 candidates: 155 to 89 ms in SQLite,
        // PeerMatchingBench). Each set of flags fits in 8 bits; the agreement test sets every flag of each.
        var scored =
            from c in candidates
            let e = (long)((int)c.Experiences & experiences)
            let t = (long)((int)c.Topics & topics)
            let a = (long)((int)c.Availability & availability)
            select new
            {
                Candidate = c,
                Score = (community != null && c.CommunityId == community ? CommunityWeight : 0)
                    + ExperienceWeight * (int)((e * SpreadBits & OneBitPerNibble) % 15)
                    + TopicWeight * (int)((t * SpreadBits & OneBitPerNibble) % 15)
                    + (gender != PeerGender.NotSaid && c.Gender == gender ? GenderWeight : 0)
                    + AvailabilityWeight * (int)((a * SpreadBits & OneBitPerNibble) % 15)
                    // Integer division as in Score; Candidates keeps only ActiveMatches < Capacity, so Capacity >= 1.
                    + LoadWeight * (c.Capacity - c.ActiveMatches) / c.Capacity,
            };
        // RankKey's order. Guid.CompareTo orders as the Guid's text does, as SQLite's upper-case TEXT
        // and PostgreSQL's uuid do; Rank orders the fetched rows again anyway.
        return scored
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Candidate.ActiveMatches)
            .ThenBy(s => s.Candidate.UserId)
            .Take(top)
            .Select(s => s.Candidate);
    }

    /// <summary>Scores every candidate and keeps the best <paramref name="top"/>, best first; ties go to the lighter load, then the lower id.</summary>
    public static IReadOnlyList<(PeerCandidate Candidate, int Score)> Rank(PeerWish wish, IEnumerable<PeerCandidate> candidates, int top = DefaultTop)
    {
        if (top <= 0)
        {
            return [];
        }
        // A min-heap of the best so far: its root is the weakest of them, replaced when a better one comes.
        var heap = new PriorityQueue<PeerCandidate, RankKey>(top + 1);
        foreach (var candidate in candidates)
        {
            if (candidate.ActiveMatches >= candidate.Capacity)
            {
                continue;
            }
            var rank = new RankKey(Score(wish, candidate), candidate.ActiveMatches, candidate.UserId);
            if (heap.Count < top)
            {
                heap.Enqueue(candidate, rank);
            }
            else if (heap.TryPeek(out _, out var weakest) && rank.CompareTo(weakest) > 0)
            {
                heap.DequeueEnqueue(candidate, rank);
            }
        }
        var best = new List<(PeerCandidate, int)>(heap.Count);
        while (heap.TryDequeue(out var candidate, out var rank))
        {
            best.Add((candidate, rank.Score));
        }
        best.Reverse();
        return best;
    }

    public static int Score(PeerWish wish, in PeerCandidate candidate)
    {
        var score = 0;
        if (wish.CommunityId is { } community && candidate.CommunityId == community)
        {
            score += CommunityWeight;
        }
        // Only what both chose to declare can meet: an undeclared experience is 0 on that side.
        score += ExperienceWeight * BitOperations.PopCount((uint)(wish.Experiences & candidate.Experiences));
        score += TopicWeight * BitOperations.PopCount((uint)(wish.Topics & candidate.Topics));
        if (wish.PreferredGender != PeerGender.NotSaid && candidate.Gender == wish.PreferredGender)
        {
            score += GenderWeight;
        }
        score += AvailabilityWeight * BitOperations.PopCount((uint)(wish.Availability & candidate.Availability));
        // Room left as a share of capacity: a lighter load ranks higher.
        score += LoadWeight * (candidate.Capacity - candidate.ActiveMatches) / Math.Max(candidate.Capacity, 1);
        return score;
    }

    /// <summary>The reasons for one candidate: what matched, and what did not among the wishes the member stated.</summary>
    public static IReadOnlyList<MatchReason> Explain(PeerWish wish, PeerCandidate candidate)
    {
        var reasons = new List<MatchReason> { new(MatchReasonKind.Language, true, Language: wish.Language) };
        if (wish.CommunityId is { } community)
        {
            reasons.Add(new(MatchReasonKind.Community, candidate.CommunityId == community));
        }
        if (wish.Experiences != SharedExperience.None)
        {
            var shared = wish.Experiences & candidate.Experiences;
            reasons.Add(new(MatchReasonKind.Experience, shared != SharedExperience.None, (int)shared));
        }
        if (wish.Topics != PeerTopics.None)
        {
            var shared = wish.Topics & candidate.Topics;
            reasons.Add(new(MatchReasonKind.Topic, shared != PeerTopics.None, (int)shared));
        }
        if (wish.PreferredGender != PeerGender.NotSaid)
        {
            reasons.Add(new(MatchReasonKind.Gender, candidate.Gender == wish.PreferredGender, (int)candidate.Gender));
        }
        if (wish.Availability != Availability.None)
        {
            var shared = wish.Availability & candidate.Availability;
            reasons.Add(new(MatchReasonKind.Availability, shared != Availability.None, (int)shared));
        }
        reasons.Add(new(MatchReasonKind.Load, true, Active: candidate.ActiveMatches, Room: candidate.Capacity - candidate.ActiveMatches));
        return reasons;
    }

    /// <summary>Higher is better: score, then fewer people already supported, then the id (so equal candidates always come out in the same order).</summary>
    private readonly record struct RankKey(int Score, int Active, Guid UserId) : IComparable<RankKey>
    {
        public int CompareTo(RankKey other)
        {
            var byScore = Score.CompareTo(other.Score);
            if (byScore != 0)
            {
                return byScore;
            }
            var byLoad = other.Active.CompareTo(Active);
            return byLoad != 0 ? byLoad : other.UserId.CompareTo(UserId);
        }
    }
}
