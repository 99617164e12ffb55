using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Peers;

/// <summary>Reads each peer supporter's <see cref="SupporterLoad"/>, for the coordinator's list and both homes.</summary>
public sealed class SupporterLoads(CirclesDb db)
{
    /// <summary>
    /// Everyone who holds the peer supporter role and has a profile (training marked), optionally
    /// one person only. Someone whose role was removed keeps their profile but is not listed. The
    /// role is read from the profile (<see cref="PeerSupporterProfile.HoldsRole"/>), as matching does.
    /// </summary>
    public async Task<IReadOnlyList<SupporterLoad>> ListAsync(DateTime now, CancellationToken cancellationToken, Guid? onlyUserId = null)
    {
        var profiles = await db.PeerSupporterProfiles
            .Where(p => p.HoldsRole && (onlyUserId == null || p.UserId == onlyUserId))
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new
            {
                p.UserId,
                u.UserName,
                p.Capacity,
                p.PausedAt,
                p.SupervisionEveryWeeks,
                p.TrainingCompletedAt,
                p.ActiveMatches,
            })
            .ToListAsync(cancellationToken);
        var ids = profiles.Select(p => p.UserId).ToList();
        var checkIns = await db.SupervisionCheckIns
            .Where(c => ids.Contains(c.PeerUserId))
            .Select(c => new { c.PeerUserId, c.ScheduledFor, c.HeldAt, c.Wellbeing })
            .ToListAsync(cancellationToken);

        return [.. profiles.Select(p =>
        {
            var own = checkIns.Where(c => c.PeerUserId == p.UserId).ToList();
            var lastHeld = own.Where(c => c.HeldAt != null).Max(c => c.HeldAt);
            var next = own.Where(c => c.HeldAt == null && c.ScheduledFor >= now).Min(c => (DateTime?)c.ScheduledFor);
            // The most recent answer, whether given at a held check-in or ahead of the next one.
            var lastWellbeing = own.Where(c => c.Wellbeing != null).OrderByDescending(c => c.ScheduledFor).Select(c => c.Wellbeing).FirstOrDefault();
            // Nobody is overdue before their first period has passed since training.
            var dueAfter = (lastHeld ?? p.TrainingCompletedAt).AddDays(7 * p.SupervisionEveryWeeks);
            return new SupporterLoad(p.UserId, p.UserName ?? "", p.ActiveMatches, p.Capacity,
                p.PausedAt != null, lastHeld, next, lastWellbeing, dueAfter < now, p.SupervisionEveryWeeks);
        })
        .OrderByDescending(s => s.Overloaded)
        .ThenBy(s => s.UserName, StringComparer.CurrentCulture)];
    }

    /// <summary>One peer supporter's load; null without a profile or without the role.</summary>
    public async Task<SupporterLoad?> OneAsync(DateTime now, Guid userId, CancellationToken cancellationToken) =>
        await ListAsync(now, cancellationToken, userId) is [var one] ? one : null;

    public async Task<int> OverloadedCountAsync(DateTime now, CancellationToken cancellationToken) =>
        (await ListAsync(now, cancellationToken)).Count(s => s.Overloaded);
}
