using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;
using static Circles.IntegrationTests.Features.Directory.DirectorySearchTests;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>
/// Coordinators keep the facts: editing, confirming intake, marking verified (who and when), the
/// list of services due for checking with its interval, and concurrent edits (SEC-43). Other roles
/// are refused (403) and another organization's coordinator finds nothing (404, SEC-19).
/// Each test has its own app, because the clock moves.
/// </summary>
public sealed class FactsAndVerificationTests : IAsyncLifetime
{
    private readonly CirclesApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static string FactsUrl(HsdsService service) => $"/directory/services/{service.Id}/facts";

    private async Task<(TestOrganization Organization, HsdsService Service)> ArrangeServiceAsync(string name = "Drop-in advice")
    {
        var organization = await _app.CreateOrganizationAsync();
        HsdsService? service = null;
        await _app.ArrangeDirectoryAsync(organization, d => service = d.Service(name));
        return (organization, service!);
    }

    [Fact]
    public async Task SaveFacts_AsCoordinator_MembersSeeThemAndFiltersUseThem()
    {
        var (organization, service) = await ArrangeServiceAsync();
        var group = await _app.CreateGroupAsync(organization);
        var coordinator = await _app.SignedInAsync(organization.Coordinator);

        var response = await coordinator.SubmitFormAsync(FactsUrl(service), new Dictionary<string, string>
        {
            ["Form.Intake"] = "Open",
            ["Form.IsFree"] = "true",
            ["Form.RequiresId"] = "false",
            ["Form.RequiresImmigrationDocuments"] = "false",
            ["Form.SafeToText"] = "false",
            ["Form.ExperiencedWithSurvivors"] = "true",
            ["Form.Accessibility"] = "Ramp at the side door",
            ["Form.CommunityIds"] = group.CommunityId.ToString(),
        }, "form#facts-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var member = await _app.SignedInAsync(organization.Member);
        var (_, page) = await member.GetPageAsync($"/directory/services/{service.Id}");
        Assert.Matches(@"^Taking referrals\s+— confirmed Monday 2 November$", page.QuerySelector("[data-fact=intake]")!.TextContent.Trim());
        Assert.Equal("Better to call than to text", page.QuerySelector("[data-fact=text]")?.TextContent.Trim());
        Assert.Equal("Access: Ramp at the side door", page.QuerySelector("[data-fact=accessibility]")?.TextContent.Trim());
        Assert.Equal(["Drop-in advice"], await ResultsAsync(member, "?free=true&nodocs=true"));
        Assert.Equal(["Drop-in advice"], await ResultsAsync(member, $"?community={group.CommunityId}"));
        var card = (await member.GetPageAsync("/directory")).Document.QuerySelector("[data-service]")!;
        Assert.Equal(["free", "no-documents", "experienced"], card.QuerySelectorAll("[data-badge]").Select(b => b.GetAttribute("data-badge")));
        Assert.Equal("Open", card.QuerySelector("[data-intake]")?.GetAttribute("data-intake"));
    }

    [Fact]
    public async Task SaveFacts_TooLongAccessibility_KeepsWhatWasTyped()
    {
        var (organization, service) = await ArrangeServiceAsync();
        var coordinator = await _app.SignedInAsync(organization.Coordinator);
        var typed = "step " + new string('x', 1200);

        var response = await coordinator.SubmitFormAsync(FactsUrl(service), new Dictionary<string, string> { ["Form.Accessibility"] = typed }, "form#facts-form");
        var page = await response.ParseAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal(typed, page.QuerySelector("#Form_Accessibility")?.TextContent);
    }

    [Fact]
    public async Task SaveFacts_WithOddInput_NeverFails()
    {
        var (organization, service) = await ArrangeServiceAsync();
        var coordinator = await _app.SignedInAsync(organization.Coordinator);
        Dictionary<string, string>[] attempts =
        [
            new() { ["Form.Accessibility"] = "ramp \u202Eedis\u202C 🙂 مدخل" },
            new() { ["Form.Accessibility"] = "ramp\0" },
            new() { ["Form.Accessibility"] = new string('x', 1_000_000) },
            new() { ["Form.Intake"] = "99" },
            new() { ["Form.Intake"] = "Bogus", ["Form.IsFree"] = "maybe" },
            new() { ["Form.CommunityIds"] = "not-a-guid", ["Form.Version"] = "x" },
            new() { ["Form.CommunityIds"] = Guid.NewGuid().ToString() },
        ];

        foreach (var values in attempts)
        {
            var response = await coordinator.SubmitFormAsync(FactsUrl(service), values, "form#facts-form");
            // The framework itself refuses a NUL in a form (400); nothing may answer 500 (SEC-44).
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.BadRequest,
                $"{string.Join(", ", values.Keys)} ({values.Values.First().Length} characters) answered {(int)response.StatusCode}");
        }
        Assert.Equal("ramp \u202Eedis\u202C 🙂 مدخل", await _app.InOrganizationAsync(organization, db => db.ServiceFacts.Select(f => f.Accessibility).SingleAsync()));
        Assert.Empty(await _app.InOrganizationAsync(organization, db => db.ServiceCommunities.ToListAsync()));
    }

    [Theory]
    [InlineData(Roles.Member)]
    [InlineData(Roles.PeerSupporter)]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.Facilitator)]
    [InlineData(Roles.Volunteer)]
    public async Task Facts_AsOtherRoles_AreRefused(string role)
    {
        var (organization, service) = await ArrangeServiceAsync();
        var client = await _app.SignedInAsync(organization.People[role]);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(FactsUrl(service))).StatusCode);
        foreach (var handler in new[] { "", "?handler=verify", "?handler=confirmintake", "?handler=confidential" })
        {
            var response = await client.PostAsync(FactsUrl(service) + handler, new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.IsFree"] = "true" }));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/directory/verification")).StatusCode);
        Assert.Null(await _app.InOrganizationAsync(organization, db => db.ServiceFacts.FirstOrDefaultAsync()));
    }

    [Fact]
    public async Task Facts_AsCoordinatorOfAnotherOrganization_Answers404()
    {
        var (theirs, service) = await ArrangeServiceAsync();
        var (ours, own) = await ArrangeServiceAsync("Our own service");
        var coordinator = await _app.SignedInAsync(ours.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(FactsUrl(service))).StatusCode);
        // A real form with a valid token, sent to the other organization's service.
        var (_, ownPage) = await coordinator.GetPageAsync(FactsUrl(own));
        foreach (var selector in new[] { "form#facts-form", "form#verify-form" })
        {
            var form = (AngleSharp.Html.Dom.IHtmlFormElement)ownPage.QuerySelector(selector)!;
            var action = form.GetAttribute("action") is { Length: > 0 } a ? a.Replace(own.Id, service.Id, StringComparison.Ordinal) : FactsUrl(service);
            form.SetAttribute("action", action);
            var response = await coordinator.SubmitAsync(form, FactsUrl(service), new Dictionary<string, string> { ["Form.IsFree"] = "true" });
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.Null(await _app.InOrganizationAsync(theirs, db => db.ServiceFacts.FirstOrDefaultAsync()));
    }

    [Fact]
    public async Task SaveFacts_AfterSomeoneElseSaved_ShowsConflictAndKeepsTheirs()
    {
        var (organization, service) = await ArrangeServiceAsync();
        var second = await _app.AddUserAsync(organization.Id, Roles.Coordinator);
        var first = await _app.SignedInAsync(organization.Coordinator);
        var other = await _app.SignedInAsync(second);
        var (_, stalePage) = await other.GetPageAsync(FactsUrl(service));

        await first.SubmitFormAsync(FactsUrl(service), new Dictionary<string, string> { ["Form.IsFree"] = "true" }, "form#facts-form");
        var response = await other.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)stalePage.QuerySelector("form#facts-form")!, FactsUrl(service),
            new Dictionary<string, string> { ["Form.IsFree"] = "false" });
        var page = await response.ParseAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this in the meantime", page.QuerySelector("[data-conflict]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("false", page.QuerySelector("#Form_IsFree option[selected]")?.GetAttribute("value"));
        Assert.True(await _app.InOrganizationAsync(organization, db => db.ServiceFacts.Select(f => f.IsFree).SingleAsync()));

        // Marking verified from the stale page is refused the same way.
        var verify = await other.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)stalePage.QuerySelector("form#verify-form")!, FactsUrl(service), new Dictionary<string, string>());
        Assert.NotNull((await verify.ParseAsync()).QuerySelector("[data-conflict]"));
        Assert.Null(await _app.InOrganizationAsync(organization, db => db.ServiceFacts.Select(f => f.VerifiedAt).SingleAsync()));
    }

    [Fact]
    public async Task ConfirmIntake_AfterDays_MovesTheConfirmedDate()
    {
        var (organization, service) = await ArrangeServiceAsync();
        await (await _app.SignedInAsync(organization.Coordinator)).SubmitFormAsync(FactsUrl(service),
            new Dictionary<string, string> { ["Form.Intake"] = "Full" }, "form#facts-form");
        _app.Clock.Advance(TimeSpan.FromDays(3));
        var coordinator = await _app.SignedInAsync(organization.Coordinator);

        var response = await coordinator.SubmitFormAsync(FactsUrl(service), new Dictionary<string, string>(), "form#intake-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await coordinator.GetPageAsync($"/directory/services/{service.Id}");
        Assert.Matches(@"^Full\s+— confirmed Thursday 5 November$", page.QuerySelector("[data-fact=intake]")!.TextContent.Trim());
    }

    [Fact]
    public async Task MarkVerified_RecordsWhoAndWhen_AndIsDueAgainAfterTheInterval()
    {
        var (organization, service) = await ArrangeServiceAsync();
        var coordinator = await _app.SignedInAsync(organization.Coordinator);
        Assert.Equal(["Drop-in advice"], await DueAsync(coordinator));

        var response = await coordinator.SubmitFormAsync(FactsUrl(service), new Dictionary<string, string>(), "form#verify-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var facts = await _app.InOrganizationAsync(organization, db => db.ServiceFacts.SingleAsync());
        Assert.Equal(organization.Coordinator.Id, facts.VerifiedByUserId);
        Assert.Equal(_app.Clock.GetUtcNow().UtcDateTime, facts.VerifiedAt);
        Assert.Contains(organization.Coordinator.UserName, (await coordinator.GetPageAsync(FactsUrl(service))).Document.QuerySelector("[data-verified]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await DueAsync(coordinator));

        // Twelve months by default: the day before, not yet; on the day, due again.
        _app.Clock.Advance(new DateTime(2027, 11, 1, 9, 0, 0, DateTimeKind.Utc) - _app.Clock.GetUtcNow().UtcDateTime);
        Assert.Empty(await DueAsync(await _app.SignedInAsync(organization.Coordinator)));
        _app.Clock.Advance(TimeSpan.FromDays(1));
        coordinator = await _app.SignedInAsync(organization.Coordinator);
        Assert.Equal(["Drop-in advice"], await DueAsync(coordinator));
        Assert.Equal("1", (await coordinator.GetPageAsync("/home/coordinator")).Document.QuerySelector("[data-services-to-check]")?.GetAttribute("data-services-to-check"));
    }

    [Fact]
    public async Task VerificationList_OrdersNeverCheckedFirstThenOldest_AndFollowsTheInterval()
    {
        var organization = await _app.CreateOrganizationAsync();
        await _app.ArrangeDirectoryAsync(organization, d =>
        {
            d.Facts(d.Service("Thirteen months ago"), f => f.VerifiedAt = d.Now.AddMonths(-13));
            d.Facts(d.Service("Two years ago"), f => f.VerifiedAt = d.Now.AddYears(-2));
            d.Service("Never, no facts");
            d.Facts(d.Service("Never, facts without a date"));
            d.Facts(d.Service("Last month"), f => f.VerifiedAt = d.Now.AddMonths(-1));
            d.Service("Gone for good", status: "defunct");
        });
        var coordinator = await _app.SignedInAsync(organization.Coordinator);

        var due = await DueAsync(coordinator);

        Assert.Equal(4, due.Count);
        Assert.Equal(["Never, facts without a date", "Never, no facts"], due.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(["Two years ago", "Thirteen months ago"], due.Skip(2));
        var home = (await coordinator.GetPageAsync("/home/coordinator")).Document;
        Assert.Equal("4", home.QuerySelector("[data-services-to-check]")?.GetAttribute("data-services-to-check"));
        Assert.NotNull(home.QuerySelector("a[href='/directory']"));

        await _app.InOrganizationAsync(organization, async db =>
        {
            (await db.Organizations.SingleAsync()).ReverifyServicesAfterMonths = 24 + 1;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(["Never, facts without a date", "Never, no facts"], (await DueAsync(coordinator)).Order(StringComparer.Ordinal));
    }

    private static async Task<List<string>> DueAsync(HttpClient coordinator)
    {
        var (response, page) = await coordinator.GetPageAsync("/directory/verification");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. page.QuerySelectorAll("[data-service] strong").Select(s => s.TextContent.Trim())];
    }
}
