using Circles.Web.Data;
using Circles.Web.Features.Peers;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Demo;

/// <summary>
/// An active connection between demo-member and demo-peer, so /peers, the peer's people and the
/// messages page have something to show. Runs after the peer supporter profiles are seeded
/// (Demo/DemoPeers.cs); makes a minimal profile only when there is none.
/// </summary>
public static class DemoMatches
{
    public static async Task SeedAsync(CirclesDb db, IReadOnlyDictionary<string, Guid> users, DateTime now, CancellationToken cancellationToken)
    {
        var member = users["demo-member"];
        var peer = users["demo-peer"];
        if (await db.PeerMatches.AnyAsync(m => m.MemberUserId == member && m.PeerUserId == peer, cancellationToken))
        {
            return;
        }
        var profile = await db.PeerSupporterProfiles.FirstOrDefaultAsync(p => p.UserId == peer, cancellationToken);
        if (profile is null)
        {
            profile = new PeerSupporterProfile
            {
                UserId = peer,
                TrainingCompletedAt = now.AddDays(-60),
                TrainingMarkedByUserId = users["demo-coordinator"],
                Topics = PeerTopics.Housing | PeerTopics.Loneliness,
                Availability = Availability.WeekdayEvenings | Availability.WeekendAfternoons,
                Capacity = 3,
                Languages = ["en", "es"],
                UpdatedAt = now,
            };
            db.PeerSupporterProfiles.Add(profile);
        }
        var request = new PeerRequest
        {
            MemberUserId = member,
            Language = "en",
            Topics = PeerTopics.Housing,
            Availability = Availability.WeekdayEvenings,
            Status = PeerRequestStatus.Matched,
            CreatedAt = now.AddDays(-8),
        };
        db.PeerRequests.Add(request);
        db.PeerMatches.Add(new PeerMatch
        {
            RequestId = request.Id,
            MemberUserId = member,
            PeerUserId = peer,
            ProposedByUserId = member,
            Status = PeerMatchStatus.Active,
            MemberAcceptedAt = now.AddDays(-8),
            PeerAcceptedAt = now.AddDays(-7),
            CreatedAt = now.AddDays(-8),
            ActiveSince = now.AddDays(-7),
        });
        // The peer's count of active matches (PeerLoad), saved with the match.
        profile.ActiveMatches++;
        await db.SaveChangesAsync(cancellationToken);
    }
}
