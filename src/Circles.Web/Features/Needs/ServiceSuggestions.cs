using Circles.Web.Data;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Gaps;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Needs;

/// <summary>The services a coordinator may refer a need to, with what they need to know to choose.</summary>
public sealed class ServiceSuggestions(CirclesDb db, DirectorySearch search, TimeProvider clock)
{
    public sealed record ServiceChoice(string Id, string Name, IntakeStatus Intake, DateTime? IntakeConfirmedAt, bool Verified);

    /// <summary>The search results, or without a search those that meet this kind of need.</summary>
    public async Task<IReadOnlyList<ServiceChoice>> ForAsync(NeedCategory category, string? query, CancellationToken cancellationToken)
    {
        List<string> ids;
        if (query is not null)
        {
            // Ordered here, not in SQL: a ServiceMatch built by its constructor cannot be ordered by
            // the database; a charity's directory is small enough to rank its matches in memory.
            var matches = await search.Matching(query).Take(500).ToListAsync(cancellationToken);
            ids = [.. matches.OrderByDescending(m => m.Rank).Select(m => m.ServiceId).Take(20)];
        }
        else
        {
            var categories = await ServiceCategories.OfAsync(db, null, cancellationToken);
            ids = [.. categories.Where(c => ServiceCategories.Meets(c.Value, category)).Select(c => c.Key)];
        }
        var services = await db.Set<HsdsService>().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.Status }).ToListAsync(cancellationToken);
        var facts = await db.ServiceFacts.Where(f => ids.Contains(f.ServiceId)).ToDictionaryAsync(f => f.ServiceId, cancellationToken);
        var months = await db.Organizations.Select(o => o.ReverifyServicesAfterMonths).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. services
            .Where(s => s.Status is null || s.Status == "active")
            .Select(s =>
            {
                var fact = facts.GetValueOrDefault(s.Id);
                return new ServiceChoice(s.Id, s.Name ?? s.Id, fact?.Intake ?? IntakeStatus.Unknown, fact?.IntakeConfirmedAt,
                    fact is not null && !fact.IsDueForVerification(now, months));
            })
            // Search results keep their rank; suggestions put verified services that take people now first.
            .OrderBy(s => query is null ? 0 : ids.IndexOf(s.Id))
            .ThenBy(s => query is null ? (s.Verified ? 0 : 1) : 0)
            .ThenBy(s => query is null ? (s.Intake == IntakeStatus.Open ? 0 : 1) : 0)
            .ThenBy(s => query is null ? s.Name : "", StringComparer.CurrentCulture)
            .Take(20)];
    }
}
