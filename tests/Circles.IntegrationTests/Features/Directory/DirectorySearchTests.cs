using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>
/// Search as a member sees it on /directory, on SQLite FTS5 and PostgreSQL tsvector alike:
/// ranking, typing-as-you-go prefixes, accents, hostile input, the index following changes,
/// and never another organization's services; and the survivor taxonomy every directory starts
/// with. Each test has its own organization.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class DirectorySearchTests(SharedCirclesApp app)
{
    [Fact]
    public async Task SurvivorTaxonomy_AtStartUp_CompletesEveryOrganizationMissingAPart_AndOnlyThose()
    {
        var partial = await app.CreateOrganizationAsync();
        var bare = await app.CreateOrganizationAsync();
        var complete = await app.CreateOrganizationAsync();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        foreach (var organization in new[] { partial, bare, complete })
        {
            await SurvivorTaxonomy.EnsureSeededAsync(db, organization.Id, CancellationToken.None);
        }
        var terms = db.Set<HsdsTaxonomyTerm>().IgnoreQueryFilters();
        await terms.Where(t => t.OrganizationId == partial.Id && t.Id == SurvivorTaxonomy.Terms[0].Id).ExecuteDeleteAsync();
        await terms.Where(t => t.OrganizationId == bare.Id).ExecuteDeleteAsync();
        await db.Set<HsdsTaxonomy>().IgnoreQueryFilters().Where(t => t.OrganizationId == bare.Id).ExecuteDeleteAsync();
        // As at start-up: a context that has not seen the rows (the deletes above bypassed it).
        db.ChangeTracker.Clear();
        var completeTermsBefore = await terms.Where(t => t.OrganizationId == complete.Id).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync();

        await SurvivorTaxonomy.SeedEveryOrganizationAsync(db, CancellationToken.None);

        string[] expected = [.. SurvivorTaxonomy.Terms.Select(t => t.Id).Order(StringComparer.Ordinal)];
        foreach (var organization in new[] { partial, bare, complete })
        {
            var ids = await terms.Where(t => t.OrganizationId == organization.Id && expected.Contains(t.Id)).Select(t => t.Id).ToListAsync();
            Assert.Equal(expected, ids.Order(StringComparer.Ordinal));
            Assert.True(await db.Set<HsdsTaxonomy>().IgnoreQueryFilters().AnyAsync(t => t.OrganizationId == organization.Id && t.Id == SurvivorTaxonomy.TaxonomyId));
        }
        Assert.Equal(completeTermsBefore, await terms.Where(t => t.OrganizationId == complete.Id).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());
    }

    internal static async Task<IReadOnlyList<string>> ResultsAsync(HttpClient client, string query)
    {
        var (response, page) = await client.GetPageAsync("/directory" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. page.QuerySelectorAll("[data-service] h3").Select(h => h.TextContent.Trim())];
    }

    [Fact]
    public async Task Search_NameMatch_RanksAboveDescriptionOnlyMatch()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ArrangeDirectoryAsync(organization, d =>
        {
            d.Service("Legal clinic", "Advice on many things, and on tenancy deposits too.");
            d.Service("Tenancy advice line", "Call us.");
            d.Service("Bakery", "Bread.");
        });
        var member = await app.SignedInAsync(organization.Member);

        var results = await ResultsAsync(member, "?q=tenancy");

        Assert.Equal(["Tenancy advice line", "Legal clinic"], results);
    }

    [Fact]
    public async Task Search_LastWordUnfinished_FindsByPrefix()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ArrangeDirectoryAsync(organization, d =>
        {
            d.Service("Counselling with interpreters");
            d.Service("Court support");
        });
        var member = await app.SignedInAsync(organization.Member);

        Assert.Equal(["Counselling with interpreters"], await ResultsAsync(member, "?q=couns"));
        Assert.Equal(["Counselling with interpreters"], await ResultsAsync(member, "?q=interpreters+cou"));
        // Only the last word is a prefix: an unfinished first word does not match on its own.
        Assert.Empty(await ResultsAsync(member, "?q=interp+counselling"));
    }

    [Theory]
    [InlineData("asesoria juridica")]
    [InlineData("ASESORÍA")]
    [InlineData("juríd")]
    public async Task Search_WithOrWithoutAccents_FindsAccentedWords(string words)
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ArrangeDirectoryAsync(organization, d =>
        {
            d.Service("Asesoría jurídica gratuita");
            d.Service("Clases de inglés");
        });
        var member = await app.SignedInAsync(organization.Member);

        Assert.Equal(["Asesoría jurídica gratuita"], await ResultsAsync(member, "?q=" + Uri.EscapeDataString(words)));
    }

    [Fact]
    public async Task Search_HostileOrOddInput_NeverFails()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ArrangeDirectoryAsync(organization, d => d.Service("Oregon housing \"quoted\" name"));
        var member = await app.SignedInAsync(organization.Member);
        string[] inputs =
        [
            "\"", "\"\"", "*", "-", "OR", "AND", "NOT", "NEAR", "NEAR(a b)", "a OR", "-housing", "housing*", "\"housing",
            "name:housing", "^housing", "'", "''", "\\", ":*", "&", "|", "!", "!!", "<->", "(", ")", "((", "a & | b",
            "{}", "[]", "%", "_", ";--", "' OR 1=1 --", "\u202Eevil\u202C", "سكن", "ـ", "🙂", new string('x', 5000),
            "housing\u0000", "  ", "T-visa", "1.5", "é",
        ];

        foreach (var input in inputs)
        {
            var response = await member.GetAsync("/directory?q=" + Uri.EscapeDataString(input));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"'{input}' answered {(int)response.StatusCode}");
        }
        Assert.Equal(["Oregon housing \"quoted\" name"], await ResultsAsync(member, "?q=" + Uri.EscapeDataString("\"housing\" OR")));
    }

    [Fact]
    public async Task Search_TaxonomyTermNames_AreSearchable()
    {
        var organization = await app.CreateOrganizationAsync();
        var clinicTerm = SurvivorTaxonomy.Terms.Single(t => t.Code == "medical-no-documents");
        await app.ArrangeDirectoryAsync(organization, d =>
        {
            var clinic = d.Service("Northgate walk-in");
            d.Term(clinic, clinicTerm.Id);
            d.Service("Bakery");
        });
        var member = await app.SignedInAsync(organization.Member);

        Assert.Equal(["Northgate walk-in"], await ResultsAsync(member, "?q=medical+care"));
    }

    [Fact]
    public async Task Search_TermsWrittenBeforeOrAfterTheirServices_AreIndexedAndFollowRenames()
    {
        // An import may write attributes before their service and terms after their attributes.
        var organization = await app.CreateOrganizationAsync();
        var serviceId = DirectoryArrangement.NewId();
        var termId = DirectoryArrangement.NewId();
        await app.InOrganizationAsync(organization, async db =>
        {
            db.Add(new Circles.Web.Features.Directory.Hsds.HsdsAttribute { Id = DirectoryArrangement.NewId(), LinkId = serviceId, TaxonomyTermId = termId });
            await db.SaveChangesAsync();
            db.Add(new Circles.Web.Features.Directory.Hsds.HsdsService { Id = serviceId, Name = "Northgate desk", Status = "active" });
            await db.SaveChangesAsync();
            db.Add(new Circles.Web.Features.Directory.Hsds.HsdsTaxonomyTerm { Id = termId, Name = "Wayfinding" });
            return await db.SaveChangesAsync();
        });
        var member = await app.SignedInAsync(organization.Member);
        Assert.Equal(["Northgate desk"], await ResultsAsync(member, "?q=wayfinding"));

        await app.InOrganizationAsync(organization, async db =>
        {
            (await db.FindAsync<Circles.Web.Features.Directory.Hsds.HsdsTaxonomyTerm>(organization.Id, termId))!.Name = "Orientation";
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await ResultsAsync(member, "?q=wayfinding"));
        Assert.Equal(["Northgate desk"], await ResultsAsync(member, "?q=orientation"));

        await app.InOrganizationAsync(organization, async db =>
        {
            db.Remove((await db.Set<Circles.Web.Features.Directory.Hsds.HsdsAttribute>().SingleAsync()));
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await ResultsAsync(member, "?q=orientation"));
        Assert.Equal(["Northgate desk"], await ResultsAsync(member, "?q=northgate"));
    }

    [Fact]
    public async Task Search_AfterServiceRenamedOrDeleted_FollowsTheChange()
    {
        var organization = await app.CreateOrganizationAsync();
        Circles.Web.Features.Directory.Hsds.HsdsService? renamed = null, removed = null;
        await app.ArrangeDirectoryAsync(organization, d =>
        {
            renamed = d.Service("Old harbour name");
            removed = d.Service("Harbour pantry");
        });
        await app.InOrganizationAsync(organization, async db =>
        {
            var service = await db.FindAsync<Circles.Web.Features.Directory.Hsds.HsdsService>(organization.Id, renamed!.Id);
            service!.Name = "Riverside welcome desk";
            db.Remove((await db.FindAsync<Circles.Web.Features.Directory.Hsds.HsdsService>(organization.Id, removed!.Id))!);
            return await db.SaveChangesAsync();
        });
        var member = await app.SignedInAsync(organization.Member);

        Assert.Empty(await ResultsAsync(member, "?q=harbour"));
        Assert.Equal(["Riverside welcome desk"], await ResultsAsync(member, "?q=welcome"));
    }

    [Fact]
    public async Task Search_NoWords_ListsEveryActiveServiceByName()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ArrangeDirectoryAsync(organization, d =>
        {
            d.Service("Beta");
            d.Service("Alpha");
            d.Service("Closed for good", status: "defunct");
        });
        var member = await app.SignedInAsync(organization.Member);

        Assert.Equal(["Alpha", "Beta"], await ResultsAsync(member, ""));
    }

    [Fact]
    public async Task Search_ManyResults_PagesByTwenty()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.ArrangeDirectoryAsync(organization, d =>
        {
            for (var i = 1; i <= 25; i++)
            {
                d.Service($"Service {i:D2} advice");
            }
        });
        var member = await app.SignedInAsync(organization.Member);

        var (_, first) = await member.GetPageAsync("/directory?q=advice");
        var next = first.QuerySelector("a[rel=next]")?.GetAttribute("href");
        Assert.Equal(20, first.QuerySelectorAll("[data-service]").Length);
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.NotNull(next);
        var (_, second) = await member.GetPageAsync(next);

        Assert.Equal(["Service 21 advice", "Service 22 advice", "Service 23 advice", "Service 24 advice", "Service 25 advice"],
            second.QuerySelectorAll("[data-service] h3").Select(h => h.TextContent.Trim()));
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        Assert.Equal("25", second.QuerySelector("[data-result-count]")?.GetAttribute("data-result-count"));
    }

    [Fact]
    public async Task Search_AsMemberOfAnotherOrganization_NeverShowsTheirServices()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        Circles.Web.Features.Directory.Hsds.HsdsService? hidden = null;
        await app.ArrangeDirectoryAsync(ours, d => d.Service("Our canary-free service"));
        await app.ArrangeDirectoryAsync(theirs, d => hidden = d.Service("Zanzibar canary service", "Canary description"));
        var member = await app.SignedInAsync(ours.Member);
        var coordinator = await app.SignedInAsync(ours.Coordinator);

        Assert.Empty(await ResultsAsync(member, "?q=zanzibar"));
        Assert.Empty(await ResultsAsync(member, "?q=canary+desc"));
        Assert.Equal(["Our canary-free service"], await ResultsAsync(member, ""));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/directory/services/{hidden!.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/directory/services/{hidden.Id}/facts")).StatusCode);
    }
}
