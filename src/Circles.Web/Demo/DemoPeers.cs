using Circles.Web.Data;
using Circles.Web.Features.Peers;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Demo;

/// <summary>
/// demo-peer as a trained peer supporter: supports people in English and Spanish, has room for
/// three, and has a supervision check-in with demo-coordinator next week. Skips what exists.
/// </summary>
public static class DemoPeers
{
    public static async Task EnsureSeededAsync(CirclesDb db, IReadOnlyDictionary<string, Guid> users, DateTime now, CancellationToken cancellationToken)
    {
        var peerId = users["demo-peer"];
        var coordinatorId = users["demo-coordinator"];
        if (await db.PeerSupporterProfiles.AnyAsync(p => p.UserId == peerId, cancellationToken))
        {
            return;
        }
        db.PeerSupporterProfiles.Add(new PeerSupporterProfile
        {
            UserId = peerId,
            TrainingCompletedAt = now.AddDays(-14),
            TrainingMarkedByUserId = coordinatorId,
            Availability = Availability.WeekdayEvenings | Availability.WeekendMornings | Availability.WeekendAfternoons,
            Topics = PeerTopics.Housing | PeerTopics.Work | PeerTopics.Loneliness,
            Capacity = 3,
            Languages = ["en", "es"],
            UpdatedAt = now,
        });
        db.SupervisionCheckIns.Add(new SupervisionCheckIn
        {
            PeerUserId = peerId,
            CoordinatorUserId = coordinatorId,
            ScheduledFor = now.Date.AddDays(7).AddHours(10),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
