using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory;

/// <summary>
/// Services due for verification: never verified, or verified longer ago than the organization's
/// interval (<see cref="ServiceFacts.IsDueForVerification"/> decides). Oldest first, never
/// verified before all. Defunct and inactive services are left out: nobody is sent to them.
/// </summary>
public sealed class VerificationDue(CirclesDb db)
{
    public sealed record DueService(string ServiceId, DateTime? VerifiedAt, Guid? VerifiedByUserId);

    public async Task<List<DueService>> ListAsync(DateTime now, CancellationToken cancellationToken)
    {
        var months = await db.Organizations.Select(o => o.ReverifyServicesAfterMonths).FirstAsync(cancellationToken);
        // The database narrows to the likely due (a few days of slack for months of unequal
        // length); IsDueForVerification then decides exactly, as everywhere else.
        var threshold = now.AddMonths(-months).AddDays(3);
        var candidates = await (
                from s in db.Set<HsdsService>()
                where s.Status == null || (s.Status != "defunct" && s.Status != "inactive")
                join f in db.ServiceFacts on s.Id equals f.ServiceId into facts
                from f in facts.DefaultIfEmpty()
                where f == null || f.VerifiedAt == null || f.VerifiedAt <= threshold
                select new { s.Id, VerifiedAt = f == null ? null : f.VerifiedAt, VerifiedBy = f == null ? null : f.VerifiedByUserId })
            .ToListAsync(cancellationToken);
        return [.. candidates
            .Where(c => new ServiceFacts { ServiceId = c.Id, VerifiedAt = c.VerifiedAt }.IsDueForVerification(now, months))
            .Select(c => new DueService(c.Id, c.VerifiedAt, c.VerifiedBy))
            .OrderBy(d => d.VerifiedAt.HasValue).ThenBy(d => d.VerifiedAt).ThenBy(d => d.ServiceId, StringComparer.Ordinal)];
    }
}
