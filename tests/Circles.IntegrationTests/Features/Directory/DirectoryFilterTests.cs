using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Directory;
using static Circles.IntegrationTests.Features.Directory.DirectorySearchTests;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>
/// Each filter of /directory narrows the list to what it says, alone and with words; open now
/// follows the (manual) clock. Each test has its own app, so the clock can move freely.
/// </summary>
public sealed class DirectoryFilterTests : IAsyncLifetime
{
    private readonly CirclesApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Filters_EachOne_NarrowsToMatchingServices()
    {
        var organization = await _app.CreateOrganizationAsync();
        var group = await _app.CreateGroupAsync(organization);
        var communityName = await _app.InOrganizationAsync(organization, async db =>
        {
            var community = await db.Communities.FindAsync(group.CommunityId);
            community!.Region = "Northgate";
            await db.SaveChangesAsync();
            return community.Name;
        });
        var housing = SurvivorTaxonomy.Terms.Single(t => t.Code == "housing").Id;
        await _app.ArrangeDirectoryAsync(organization, d =>
        {
            var a = d.Service("A free housing desk");
            d.Term(a, housing);
            d.Facts(a, f => { f.IsFree = true; f.RequiresId = true; f.RequiresImmigrationDocuments = false; });
            d.Language(a, "es", "Español");
            d.Community(a, group.CommunityId);

            var b = d.Service("B clinic without papers");
            d.Facts(b, f => { f.IsFree = false; f.RequiresId = false; f.RequiresImmigrationDocuments = false; });
            d.Language(b, "ar", "العربية");
            d.Area(b, "NORTHGATE");

            var c = d.Service("C unknown facts");
            d.Language(c, "es", "Español");
            d.Area(c, "Southside");
        });
        var member = await _app.SignedInAsync(organization.Member);

        Assert.Equal(["A free housing desk", "B clinic without papers", "C unknown facts"], await ResultsAsync(member, ""));
        Assert.Equal(["A free housing desk"], await ResultsAsync(member, $"?term={housing}"));
        Assert.Equal(["A free housing desk", "C unknown facts"], await ResultsAsync(member, "?lang=es"));
        Assert.Equal(["B clinic without papers"], await ResultsAsync(member, "?lang=ar"));
        // Ticked by a coordinator (A), or an HSDS service area named as the community's region (B).
        Assert.Equal(["A free housing desk", "B clinic without papers"], await ResultsAsync(member, $"?community={group.CommunityId}"));
        Assert.Equal(["A free housing desk"], await ResultsAsync(member, "?free=true"));
        Assert.Equal(["B clinic without papers"], await ResultsAsync(member, "?nodocs=true"));
        Assert.Empty(await ResultsAsync(member, "?free=true&nodocs=true"));
        Assert.Equal(["C unknown facts"], await ResultsAsync(member, "?lang=es&q=unknown"));
        // Unknown or malformed filter values are ignored, never an error.
        Assert.Equal(3, (await ResultsAsync(member, "?term=nonsense&community=not-a-guid&p=-4")).Count);
        Assert.Equal(3, (await ResultsAsync(member, "?p=2147483647")).Count);
        Assert.Equal(3, (await ResultsAsync(member, "?p=99999999999")).Count);
        _ = communityName;
    }

    [Fact]
    public async Task Filters_ChoicesOnThePage_OfferSeededTermsAndDirectoryLanguages()
    {
        var organization = await _app.CreateOrganizationAsync();
        await _app.ArrangeDirectoryAsync(organization, d => d.Language(d.Service("Clinic"), "tl", "Tagalog"));
        var member = await _app.SignedInAsync(organization.Member);

        var (_, page) = await member.GetPageAsync("/directory");

        var terms = page.QuerySelectorAll("select[name=term] option").Select(o => o.GetAttribute("value")).Where(v => v is { Length: > 0 }).ToList();
        Assert.Equal(SurvivorTaxonomy.Terms.Select(t => t.Id), terms);
        Assert.Contains("A safe place to stay tonight", page.QuerySelector("select[name=term]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["tl"], page.QuerySelectorAll("select[name=lang] option").Select(o => o.GetAttribute("value")).Where(v => v is { Length: > 0 }));
    }

    [Fact]
    public async Task Filters_InSpanish_ShowTheTermsTranslated()
    {
        var organization = await _app.CreateOrganizationAsync();
        var member = await _app.SignedInAsync(organization.Member);
        member.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var (_, page) = await member.GetPageAsync("/directory");

        Assert.Contains("Un lugar seguro para pasar esta noche", page.QuerySelector("select[name=term]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenNow_WithTheClock_ShowsOnlyServicesOpenAtThatMoment()
    {
        // The test clock (CirclesApp.Clock) starts on Monday 2 November 2026, 09:00 UTC; the
        // organization has no groups, so times without an offset are read as UTC.
        var organization = await _app.CreateOrganizationAsync();
        await _app.ArrangeDirectoryAsync(organization, d =>
        {
            d.Schedule(d.Service("Weekday office"), "MO,TU,WE,TH,FR", "09:00", "17:00");
            d.Schedule(d.Service("Night line"), "SU,MO", "22:00", "06:00");
            // 09:00 in New York (UTC-5) is 14:00 UTC.
            d.Schedule(d.Service("New York desk"), "MO", "09:00-05:00", "12:00-05:00");
            d.Schedule(d.Service("Weekend café"), "SA,SU", "10:00", "16:00");
            d.Service("No hours given");
        });
        // Moving the clock ends idle sessions, so each look is a fresh sign-in.
        async Task<IReadOnlyList<string>> OpenNowAsync() => await ResultsAsync(await _app.SignedInAsync(organization.Member), "?open=true");

        Assert.Equal(["Weekday office"], await OpenNowAsync());
        _app.Clock.Advance(TimeSpan.FromHours(5)); // Monday 14:00 UTC
        Assert.Equal(["New York desk", "Weekday office"], await OpenNowAsync());
        _app.Clock.Advance(TimeSpan.FromHours(3)); // Monday 17:00 UTC: the office has just closed
        Assert.Empty(await OpenNowAsync());
        _app.Clock.Advance(TimeSpan.FromHours(6)); // Monday 23:00
        Assert.Equal(["Night line"], await OpenNowAsync());
        _app.Clock.Advance(TimeSpan.FromHours(6)); // Tuesday 05:00, still Monday night's opening
        Assert.Equal(["Night line"], await OpenNowAsync());
        _app.Clock.Advance(TimeSpan.FromHours(2)); // Tuesday 07:00: closed, Tuesday is not a night-line day
        Assert.Empty(await OpenNowAsync());
        _app.Clock.Advance(TimeSpan.FromDays(4) + TimeSpan.FromHours(5)); // Saturday 12:00
        Assert.Equal(["Weekend café"], await OpenNowAsync());
    }

    [Fact]
    public async Task OpenNow_WithoutOffset_ReadsHoursInTheOrganizationsTimeZone()
    {
        var organization = await _app.CreateOrganizationAsync();
        // Groups meet in New York: 09:00 there is 14:00 UTC in November.
        await _app.CreateGroupAsync(organization, timeZone: "America/New_York");
        await _app.ArrangeDirectoryAsync(organization, d => d.Schedule(d.Service("Local office"), "MO", "09:00", "10:00"));
        Assert.Empty(await ResultsAsync(await _app.SignedInAsync(organization.Member), "?open=true"));
        _app.Clock.Advance(TimeSpan.FromHours(5));
        var member = await _app.SignedInAsync(organization.Member);
        Assert.Equal(["Local office"], await ResultsAsync(member, "?open=true"));
        var (_, page) = await member.GetPageAsync("/directory");
        Assert.NotNull(page.QuerySelector("[data-badge=open]"));
    }
}
