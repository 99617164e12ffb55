using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Peers;

/// <summary>
/// A peer supporter's supervision check-ins as the two people allowed to read them see them:
/// the supporter and the coordinators (the note decrypted, SEC-27).
/// </summary>
public sealed class SupervisionCheckIns(CirclesDb db, FieldProtector protector)
{
    public sealed record CheckInView(Guid Id, DateTime ScheduledFor, DateTime? HeldAt, int? Wellbeing, string? Note, Guid Version);

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<CheckInView>> OfAsync(Guid peerUserId, CancellationToken cancellationToken)
    {
        var rows = await db.SupervisionCheckIns.Where(c => c.PeerUserId == peerUserId)
            .OrderByDescending(c => c.ScheduledFor)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new CheckInView(c.Id, c.ScheduledFor, c.HeldAt, c.Wellbeing,
            protector.Unprotect(FieldPurposes.SupervisionNote, c.ProtectedNote), c.Version))];
    }
}
