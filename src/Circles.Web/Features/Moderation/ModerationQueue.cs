using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Moderation;

/// <summary>Peer-written text waiting for a coordinator's check before other members see it.</summary>
public sealed class ModerationQueue(CirclesDb db)
{
    public async Task<int> WaitingCountAsync(CancellationToken cancellationToken) =>
        await db.ServiceTips.CountAsync(t => t.Status == ModerationStatus.Pending, cancellationToken)
        + await db.CopingStrategies.CountAsync(s => s.Status == ModerationStatus.Pending, cancellationToken);
}
