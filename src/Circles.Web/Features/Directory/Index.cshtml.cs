using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory;

/// <summary>
/// Finding help: words and filters in one GET form (works without JavaScript), ranked results as
/// cards, 20 a page. A fixed number of queries whatever the page holds.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(CirclesDb db, DirectorySearch search, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    [BindProperty(SupportsGet = true, Name = "term")]
    public string? TermId { get; set; }

    [BindProperty(SupportsGet = true, Name = "lang")]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true, Name = "community")]
    public Guid? CommunityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "free")]
    public bool Free { get; set; }

    [BindProperty(SupportsGet = true, Name = "nodocs")]
    public bool NoDocuments { get; set; }

    [BindProperty(SupportsGet = true, Name = "open")]
    public bool OpenNow { get; set; }

    /// <summary>"p", because "page" is Razor Pages' own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<TermChoice> Terms { get; private set; } = [];
    public IReadOnlyList<LanguageChoice> Languages { get; private set; } = [];
    public IReadOnlyList<CommunityChoice> Communities { get; private set; } = [];
    public IReadOnlyList<ServiceCard> Results { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool Filtered => !string.IsNullOrWhiteSpace(Words) || TermId is { Length: > 0 } || Language is { Length: > 0 }
        || CommunityId is not null || Free || NoDocuments || OpenNow;

    public sealed record TermChoice(string Id, string Name, string? ParentId, string? TaxonomyId);
    public sealed record LanguageChoice(string Value, string Name);
    public sealed record CommunityChoice(Guid Id, string Name, string Region);

    /// <summary>What a result card shows.</summary>
    public sealed record ServiceCard(
        string Id, string Name, string? Organization, string? Status, bool? IsFree, bool? RequiresId, bool? RequiresImmigrationDocuments,
        bool ExperiencedWithSurvivors, IntakeStatus Intake, DateTime? VerifiedAt)
    {
        public IReadOnlyList<string> Languages { get; init; } = [];
        public bool OpenNow { get; init; }
        public bool NoDocumentsNeeded => RequiresId == false && RequiresImmigrationDocuments == false;
    }

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        await SurvivorTaxonomy.EnsureSeededAsync(db, User.GetOrganizationId()!.Value, cancellationToken);
        await LoadChoicesAsync(cancellationToken);
        PageNumber = Math.Max(1, PageNumber);
        var now = clock.GetUtcNow().UtcDateTime;
        var zone = await OpeningHours.OrganizationZoneAsync(db, cancellationToken);

        var query =
            from m in search.Matching(Words ?? "")
            join s in db.Set<HsdsService>() on m.ServiceId equals s.Id
            where s.Status == null || (s.Status != "defunct" && s.Status != "inactive")
            select new { s, m.Rank };

        if (TermId is { Length: > 0 } termId && Terms.Any(t => t.Id == termId))
        {
            var termIds = WithDescendants(termId);
            query = query.Where(x => db.Set<HsdsAttribute>().Any(a =>
                a.LinkId == x.s.Id && termIds.Contains(a.TaxonomyTermId!)
                && (a.LinkEntity == null || a.LinkEntity == "" || a.LinkEntity == "service")));
        }
        if (Language is { Length: > 0 } language)
        {
            query = query.Where(x => db.Set<HsdsLanguage>().Any(l => l.ServiceId == x.s.Id && (l.Code == language || (l.Code == null && l.Name == language))));
        }
        if (CommunityId is { } communityId && Communities.FirstOrDefault(c => c.Id == communityId) is { } community)
        {
            // Ticked by a coordinator, or an HSDS service area named like the community or its region.
            var name = community.Name.ToLowerInvariant();
            var region = community.Region.Length > 0 ? community.Region.ToLowerInvariant() : name;
            query = query.Where(x =>
                db.ServiceCommunities.Any(c => c.ServiceId == x.s.Id && c.CommunityId == communityId)
                || db.Set<HsdsServiceArea>().Any(a => a.ServiceId == x.s.Id && a.Name != null && (a.Name.ToLower() == name || a.Name.ToLower() == region)));
        }
        if (Free)
        {
            query = query.Where(x => db.ServiceFacts.Any(f => f.ServiceId == x.s.Id && f.IsFree == true));
        }
        if (NoDocuments)
        {
            query = query.Where(x => db.ServiceFacts.Any(f => f.ServiceId == x.s.Id && f.RequiresId == false && f.RequiresImmigrationDocuments == false));
        }
        HashSet<string>? open = null;
        if (OpenNow)
        {
            open = OpeningHours.OpenServices(await OpeningHours.LoadAsync(db, null, cancellationToken), now, zone);
            var openIds = open.ToList();
            query = query.Where(x => openIds.Contains(x.s.Id));
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Min(PageNumber, PageCount);
        var rows = await (
                from x in query
                join f in db.ServiceFacts on x.s.Id equals f.ServiceId into facts
                from f in facts.DefaultIfEmpty()
                join o in db.Set<HsdsOrganization>() on x.s.DirectoryOrganizationId equals o.Id into organizations
                from o in organizations.DefaultIfEmpty()
                orderby x.Rank descending, x.s.Name, x.s.Id
                select new ServiceCard(
                    x.s.Id, x.s.Name ?? "", o == null ? null : o.Name, x.s.Status,
                    f == null ? null : f.IsFree, f == null ? null : f.RequiresId, f == null ? null : f.RequiresImmigrationDocuments,
                    f != null && f.ExperiencedWithSurvivors, f == null ? IntakeStatus.Unknown : f.Intake, f == null ? null : f.VerifiedAt))
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var languages = await db.Set<HsdsLanguage>()
            .Where(l => l.ServiceId != null && ids.Contains(l.ServiceId))
            .Select(l => new { l.ServiceId, l.Name, l.Code })
            .ToListAsync(cancellationToken);
        open ??= OpeningHours.OpenServices(await OpeningHours.LoadAsync(db, ids, cancellationToken), now, zone);
        Results = [.. rows.Select(r => r with
        {
            Languages = [.. languages.Where(l => l.ServiceId == r.Id).Select(l => ServiceLanguages.NameOf(l.Name, l.Code)).Distinct().Order(StringComparer.CurrentCulture)],
            OpenNow = open.Contains(r.Id),
        })];
    }

    /// <summary>The address of another page of these results, keeping the words and filters.</summary>
    public string PageUrl(int page) => Url.Page("/Directory/Index", new
    {
        q = string.IsNullOrWhiteSpace(Words) ? null : Words,
        term = TermId is { Length: > 0 } ? TermId : null,
        lang = Language is { Length: > 0 } ? Language : null,
        community = CommunityId,
        free = Free ? true : (bool?)null,
        nodocs = NoDocuments ? true : (bool?)null,
        open = OpenNow ? true : (bool?)null,
        p = page,
    })!;

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        // Circles' own terms always; imported ones when a service uses them (an imported
        // taxonomy can hold thousands of terms nobody here needs).
        var terms = await db.Set<HsdsTaxonomyTerm>()
            .Where(t => t.TaxonomyId == SurvivorTaxonomy.TaxonomyId || db.Set<HsdsAttribute>().Any(a => a.TaxonomyTermId == t.Id))
            .Select(t => new TermChoice(t.Id, t.Name ?? "", t.ParentId, t.TaxonomyId))
            .ToListAsync(cancellationToken);
        var order = SurvivorTaxonomy.Terms.Select(t => t.Id).ToList();
        Terms = [.. terms
            .OrderBy(t => order.IndexOf(t.Id) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(t => t.Name, StringComparer.CurrentCulture)];

        var languages = await db.Set<HsdsLanguage>()
            .Where(l => l.ServiceId != null && (l.Code != null || l.Name != null))
            .Select(l => new { l.Code, l.Name })
            .Distinct()
            .ToListAsync(cancellationToken);
        Languages = [.. languages
            .GroupBy(l => l.Code ?? l.Name!)
            .Select(g => new LanguageChoice(g.Key, ServiceLanguages.NameOf(g.Select(l => l.Name).FirstOrDefault(n => !string.IsNullOrEmpty(n)), g.First().Code)))
            .OrderBy(l => l.Name, StringComparer.CurrentCulture)];

        Communities = await db.Communities
            .OrderBy(c => c.Name)
            .Select(c => new CommunityChoice(c.Id, c.Name, c.Region))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A term and every term below it, so "Housing" also finds services filed under a narrower term.</summary>
    private List<string> WithDescendants(string termId)
    {
        var ids = new List<string> { termId };
        for (var i = 0; i < ids.Count && ids.Count < 500; i++)
        {
            ids.AddRange(Terms.Where(t => t.ParentId == ids[i] && !ids.Contains(t.Id)).Select(t => t.Id));
        }
        return ids;
    }
}
