using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Directory;

/// <summary>
/// Circles' own HSDS taxonomy: categories named the way the people we support ask for help
/// (legal help with immigration including T visas, housing with staff who understand, a safe
/// place to stay tonight, …), worded discreetly because the screen may be seen by someone else.
/// Seeded into every organization's directory beside any imported taxonomy, with ids that never
/// change (HSDS asks for UUIDs), so that links and exports stay stable. Names are shown through
/// the localizer ("Term:" + code) while they keep the seeded English name.
/// </summary>
public static class SurvivorTaxonomy
{
    public const string TaxonomyId = "e1417b71-4df2-4054-902d-eb38de9e0879";
    public const string TaxonomyName = "Circles: what people ask for";
    private const string TaxonomyAbout = "Categories for a directory of services, named the way the people Circles supports ask for help.";

    /// <summary>A seeded term: stable id, code (also its translation key), English name and explanation.</summary>
    public sealed record Term(string Id, string Code, string Name, string About);

    public static readonly IReadOnlyList<Term> Terms =
    [
        new("8bd61d20-bf88-45db-9523-930f6a1e8961", "immigration-legal", "Immigration legal help, including T visas",
            "Lawyers and accredited advisers for immigration cases and protection visas such as the T visa."),
        new("0a4ea6cc-b30e-44c8-8170-3133977e6982", "housing", "Housing with staff who understand",
            "Housing and housing support from people who have helped others in situations like ours."),
        new("564ff589-fb10-43d0-9438-c7fa78762f94", "safe-stay", "A safe place to stay tonight",
            "Emergency accommodation, usually at an address that is kept private."),
        new("1fa7de2a-71c6-4aac-9b93-068a99038b37", "counselling-interpreter", "Counselling with an interpreter",
            "Counselling or therapy in your language, or with a trained interpreter."),
        new("c4697cc2-dbf5-4c14-8bb2-4a0593fb26de", "medical-no-documents", "Medical care without documents",
            "Doctors, nurses and clinics that see people without asking for ID or immigration papers."),
        new("1df31a17-0aa9-4032-a0ef-48a4b0a0853d", "work-rights", "Advice on rights at work",
            "Help with unpaid wages, unsafe work, or what an employer is allowed to do."),
        new("a180c12b-6425-483f-a284-588354174387", "language-classes", "Language classes",
            "Classes to learn the local language, often free and in small groups."),
        new("1393366b-ded0-4e37-ace7-c7035ac9180a", "safety-planning", "Safety planning",
            "Someone to plan with you how to stay safe at home, at work and online."),
        new("11700ae2-72e0-4afe-9267-b142620f35ff", "money-benefits", "Money and benefits advice",
            "Help with money worries, debts, bank accounts and the benefits you can claim."),
        new("6c77cca1-f899-400f-93e6-929e53ea12bb", "police-court", "Support with police or court",
            "Someone to explain what happens with the police or in court, and to go with you."),
        new("3dddd3ca-3b4c-447e-8116-3d47ef45f696", "work-training", "Finding work or training",
            "Help with finding safe work, training and qualifications."),
    ];

    public static Term? ById(string? id) => Terms.FirstOrDefault(t => t.Id == id);

    /// <summary>
    /// At start-up, for every organization (one created later gets it on its first directory
    /// visit): two small queries find the organizations that miss a part, and only those are seeded.
    /// </summary>
    public static async Task SeedSurvivorTaxonomyAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await SeedEveryOrganizationAsync(scope.ServiceProvider.GetRequiredService<CirclesDb>(), CancellationToken.None);
    }

    /// <summary>Every organization gets the taxonomy and all its terms (what start-up runs).</summary>
    public static async Task SeedEveryOrganizationAsync(CirclesDb db, CancellationToken cancellationToken)
    {
        // Only the organizations still missing part of it, found in two queries: asking each
        // organization in turn was 0.4 s of every start with 300 organizations (issue 17).
        string[] termIds = [.. Terms.Select(t => t.Id)];
        var withEveryTerm = await db.Set<HsdsTaxonomyTerm>().IgnoreQueryFilters()
            .Where(t => termIds.Contains(t.Id))
            .GroupBy(t => t.OrganizationId)
            .Where(g => g.Count() == termIds.Length)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        var withTaxonomy = await db.Set<HsdsTaxonomy>().IgnoreQueryFilters()
            .Where(t => t.Id == TaxonomyId)
            .Select(t => t.OrganizationId)
            .ToListAsync(cancellationToken);
        var complete = withEveryTerm.Intersect(withTaxonomy).ToHashSet();
        var organizations = await db.Organizations.IgnoreQueryFilters().Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var organizationId in organizations.Where(id => !complete.Contains(id)))
        {
            await EnsureSeededAsync(db, organizationId, cancellationToken);
            // Each save would otherwise look again at every row tracked for the organizations before it.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Adds the taxonomy and any of its terms that an organization's directory lacks; never changes existing ones.</summary>
    public static async Task EnsureSeededAsync(CirclesDb db, Guid organizationId, CancellationToken cancellationToken)
    {
        string[] ids = [TaxonomyId, .. Terms.Select(t => t.Id)];
        var existingTerms = await db.Set<HsdsTaxonomyTerm>().IgnoreQueryFilters()
            .Where(t => t.OrganizationId == organizationId && ids.Contains(t.Id))
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        var hasTaxonomy = await db.Set<HsdsTaxonomy>().IgnoreQueryFilters()
            .AnyAsync(t => t.OrganizationId == organizationId && t.Id == TaxonomyId, cancellationToken);
        if (hasTaxonomy && existingTerms.Count == Terms.Count)
        {
            return;
        }
        if (!hasTaxonomy)
        {
            db.Set<HsdsTaxonomy>().Add(new HsdsTaxonomy
            {
                OrganizationId = organizationId,
                Id = TaxonomyId,
                Name = TaxonomyName,
                Description = TaxonomyAbout,
                Version = "1",
            });
        }
        foreach (var term in Terms.Where(t => !existingTerms.Contains(t.Id)))
        {
            db.Set<HsdsTaxonomyTerm>().Add(new HsdsTaxonomyTerm
            {
                OrganizationId = organizationId,
                Id = term.Id,
                Code = term.Code,
                Name = term.Name,
                Description = term.About,
                TaxonomyId = TaxonomyId,
                Taxonomy = TaxonomyName,
                Language = "en",
            });
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first visits at once: the other request seeded the same rows.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// How a term reads on screen: a seeded term in the reader's language while it keeps its
    /// seeded name, any other (imported or renamed) term as written.
    /// </summary>
    public static string DisplayName(IStringLocalizer l, string termId, string? name)
    {
        var seeded = ById(termId);
        return seeded is not null && seeded.Name == name ? l["Term:" + seeded.Code] : name ?? "";
    }
}
