using System.Text.RegularExpressions;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Needs;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory.Gaps;

/// <summary>
/// Which kinds of need a directory service meets. The rule, kept simple on purpose:
/// 1. A service linked to taxonomy terms (HSDS <c>attribute</c> rows with <c>link_id</c> = the
///    service, <c>link_entity</c> "service" or empty) meets the categories whose keywords appear
///    at the start of a word in a term's code or name: "T-visa and immigration legal aid" is
///    Legal and Immigration, "interpreter-supported counselling" is Counselling.
/// 2. A service with no taxonomy terms at all is judged by the same keywords in its name and description.
/// 3. "Other" is met by any service: nobody can tell from a category what "something else" needs.
/// Works with the survivor taxonomy Circles seeds and with the usual HSDS taxonomies (Open
/// Eligibility and the like), whose term names use these everyday words.
/// </summary>
public static partial class ServiceCategories
{
    public static readonly IReadOnlyDictionary<NeedCategory, string[]> Keywords = new Dictionary<NeedCategory, string[]>
    {
        [NeedCategory.Legal] = ["legal", "law", "lawyer", "attorney", "solicitor", "advocacy", "court"],
        [NeedCategory.Immigration] = ["immigration", "immigrant", "visa", "t-visa", "asylum", "refugee", "residence permit", "migrant"],
        [NeedCategory.Housing] = ["housing", "accommodation", "shelter", "safe house", "place to stay", "safe-stay", "homeless", "tenancy", "rent"],
        [NeedCategory.Counselling] = ["counselling", "counseling", "counsellor", "therapy", "therapist", "mental health", "psycholog", "emotional support", "trauma"],
        [NeedCategory.Medical] = ["medical", "health care", "healthcare", "clinic", "doctor", "hospital", "dental", "sexual health", "nurse"],
        [NeedCategory.Safety] = ["safety", "safe", "protection", "emergency", "crisis", "safeguarding"],
        [NeedCategory.Employment] = ["employment", "job", "jobs", "work", "career", "vocational", "labour", "labor"],
        [NeedCategory.Education] = ["education", "school", "literacy", "language class", "esol", "learning", "training", "tuition"],
        [NeedCategory.Money] = ["money", "financial", "finance", "benefit", "benefits", "cash", "income", "debt", "bank"],
        [NeedCategory.Other] = [],
    };

    private static readonly IReadOnlyDictionary<NeedCategory, Regex> Patterns = Keywords
        .Where(k => k.Value.Length > 0)
        .ToDictionary(
            k => k.Key,
            k => new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", k.Value.Select(Regex.Escape)) + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>The categories one text names (a term's code or name, or a service's name and description).</summary>
    public static IEnumerable<NeedCategory> In(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Patterns.Where(p => p.Value.IsMatch(text)).Select(p => p.Key);

    /// <summary>Whether a service with these categories meets a need of this category.</summary>
    public static bool Meets(IReadOnlySet<NeedCategory> serviceCategories, NeedCategory need) =>
        need == NeedCategory.Other || serviceCategories.Contains(need);

    /// <summary>
    /// The categories of the given services (every service of the directory when null), in two queries:
    /// the services' own text, and their taxonomy terms through HSDS attributes.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlySet<NeedCategory>>> OfAsync(
        CirclesDb db, IReadOnlyCollection<string>? serviceIds, CancellationToken cancellationToken)
    {
        var query = db.Set<HsdsService>().AsQueryable();
        if (serviceIds is not null)
        {
            query = query.Where(s => serviceIds.Contains(s.Id));
        }
        var services = await query
            .Select(s => new { s.Id, s.Name, s.Description })
            .ToListAsync(cancellationToken);
        var ids = services.Select(s => s.Id).ToList();
        var terms = await db.Set<HsdsAttribute>()
            .Where(a => a.LinkId != null && ids.Contains(a.LinkId) && (a.LinkEntity == null || a.LinkEntity == "" || a.LinkEntity == "service"))
            .Join(db.Set<HsdsTaxonomyTerm>(), a => a.TaxonomyTermId, t => t.Id, (a, t) => new { ServiceId = a.LinkId!, t.Code, t.Name })
            .ToListAsync(cancellationToken);
        var termsByService = terms.ToLookup(t => t.ServiceId);
        return services.ToDictionary(
            s => s.Id,
            s => (IReadOnlySet<NeedCategory>)(termsByService.Contains(s.Id)
                ? termsByService[s.Id].SelectMany(t => In(t.Code).Concat(In(t.Name))).ToHashSet()
                : In(s.Name).Concat(In(s.Description)).ToHashSet()),
            StringComparer.Ordinal);
    }
}
