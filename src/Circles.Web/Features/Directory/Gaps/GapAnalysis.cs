using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Needs;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory.Gaps;

/// <summary>
/// Needs raised, per community, category and language, against the verified services that could
/// meet them: verified by this organization and not due for re-verification, active, linked to
/// that community (ServiceCommunity), offered in that language (HSDS language rows, matched by
/// code or name) and meeting that category (<see cref="ServiceCategories"/>). Needs without a
/// community are matched against services of any community. A fixed number of grouped queries,
/// then the matching in memory: no query per row.
/// </summary>
public sealed class GapAnalysis(CirclesDb db, TimeProvider clock)
{
    public sealed record Row(Guid? CommunityId, string? Community, NeedCategory Category, string Language, int Needs, int OpenNeeds, IReadOnlyList<string> Services)
    {
        public bool IsGap => Needs > 0 && Services.Count == 0;
    }

    public async Task<IReadOnlyList<Row>> RunAsync(CancellationToken cancellationToken)
    {
        var needs = await db.Needs
            .GroupBy(n => new { n.CommunityId, n.Category, n.Language })
            .Select(g => new
            {
                g.Key.CommunityId,
                g.Key.Category,
                g.Key.Language,
                Count = g.Count(),
                Open = g.Count(n => n.Status == NeedStatus.Waiting || n.Status == NeedStatus.InProgress),
            })
            .ToListAsync(cancellationToken);
        if (needs.Count == 0)
        {
            return [];
        }
        var communities = await db.Communities.Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

        var verified = await VerifiedServiceIdsAsync(cancellationToken);
        var services = await db.Set<HsdsService>()
            .Where(s => verified.Contains(s.Id) && (s.Status == null || s.Status == "active"))
            .Select(s => new { s.Id, s.Name })
            .ToListAsync(cancellationToken);
        var ids = services.Select(s => s.Id).ToList();
        var servedCommunities = (await db.ServiceCommunities.Where(l => ids.Contains(l.ServiceId))
            .Select(l => new { l.ServiceId, l.CommunityId }).ToListAsync(cancellationToken))
            .ToLookup(l => l.ServiceId, l => l.CommunityId);
        var languages = (await db.Set<HsdsLanguage>().Where(l => l.ServiceId != null && ids.Contains(l.ServiceId))
            .Select(l => new { ServiceId = l.ServiceId!, l.Code, l.Name }).ToListAsync(cancellationToken))
            .ToLookup(l => l.ServiceId);
        var categories = await ServiceCategories.OfAsync(db, ids, cancellationToken);

        return [.. needs.Select(n =>
        {
            var languageKeys = NeedLanguages.MatchKeys(n.Language);
            var matching = services
                .Where(s => n.CommunityId is not { } community || servedCommunities[s.Id].Contains(community))
                .Where(s => languages[s.Id].Any(l => NeedLanguages.Matches(languageKeys, l.Code, l.Name)))
                .Where(s => ServiceCategories.Meets(categories.GetValueOrDefault(s.Id) ?? new HashSet<NeedCategory>(), n.Category))
                .Select(s => s.Name ?? s.Id)
                .Order(StringComparer.CurrentCulture)
                .ToList();
            var communityName = n.CommunityId is { } id ? communities.GetValueOrDefault(id) : null;
            return new Row(n.CommunityId, communityName, n.Category, n.Language, n.Count, n.Open, matching);
        })];
    }

    /// <summary>Services verified by this organization and not yet due for re-verification.</summary>
    private async Task<List<string>> VerifiedServiceIdsAsync(CancellationToken cancellationToken)
    {
        var months = await db.Organizations.Select(o => o.ReverifyServicesAfterMonths).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var facts = await db.ServiceFacts.Where(f => f.VerifiedAt != null).ToListAsync(cancellationToken);
        return [.. facts.Where(f => !f.IsDueForVerification(now, months)).Select(f => f.ServiceId)];
    }
}
