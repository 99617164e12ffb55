using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Peers;

/// <summary>
/// Keeps <see cref="PeerSupporterProfile.ActiveMatches"/> equal to the number of active matches a
/// peer supporter is in. Each change is one conditional UPDATE that the caller runs in the same
/// transaction as the match's own change: when two people accept at the same moment, the database
/// makes the second wait for the first, and the second then finds no room instead of going past
/// the capacity the peer supporter chose.
/// </summary>
public static class PeerLoad
{
    /// <summary>Takes one place with this peer supporter; false when they have no room (or no profile).</summary>
    public static async Task<bool> TryTakePlaceAsync(CirclesDb db, Guid peerUserId, CancellationToken cancellationToken) =>
        await db.PeerSupporterProfiles
            .Where(p => p.UserId == peerUserId && p.ActiveMatches < p.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ActiveMatches, p => p.ActiveMatches + 1), cancellationToken) == 1;

    /// <summary>An active match ended (or was erased): one place is free again.</summary>
    public static Task FreePlaceAsync(CirclesDb db, Guid peerUserId, CancellationToken cancellationToken) =>
        db.PeerSupporterProfiles
            .Where(p => p.UserId == peerUserId && p.ActiveMatches > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ActiveMatches, p => p.ActiveMatches - 1), cancellationToken);
}
