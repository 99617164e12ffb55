using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>
/// The service page in plain words, and confidential places: their address, coordinates and
/// directions never appear on /directory or a service page for any role, coordinators included;
/// coordinators see them only where they edit the facts.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ServicePageTests(SharedCirclesApp app)
{
    private const string CanaryStreet = "77 Canarywharf Lane";
    private const string CanaryPostcode = "ZZ9 4QX";
    private const string CanaryCoordinate = "51.123456";
    private const string CanaryPhone = "+44 7700 900555";

    private async Task<(TestOrganization Organization, HsdsService Service, HsdsLocation Shelter)> ArrangeShelterAsync()
    {
        var organization = await app.CreateOrganizationAsync();
        HsdsService? service = null;
        HsdsLocation? shelter = null;
        await app.ArrangeDirectoryAsync(organization, d =>
        {
            service = d.Service("Harbour stay", "A room tonight.", organizationName: "Harbour Trust");
            shelter = d.Location(service, "Harbour House", CanaryStreet, CanaryPostcode, confidential: true);
            d.Location(service, "Harbour office", "5 Visible Road", "RV1 1AA");
            d.Phone(service, CanaryPhone, shelter);
            d.Phone(service, "+44 20 7946 0000");
            d.Schedule(service, "MO,TU", "09:00", "17:00");
            d.Language(service, "es", "Español");
            d.Facts(service, f =>
            {
                f.IsFree = true;
                f.RequiresId = false;
                f.RequiresImmigrationDocuments = false;
                f.SafeToText = true;
                f.ExperiencedWithSurvivors = true;
                f.Intake = IntakeStatus.WaitingList;
                f.IntakeConfirmedAt = d.Now.AddDays(-2);
                f.VerifiedAt = d.Now.AddDays(-10);
            });
        });
        return (organization, service!, shelter!);
    }

    [Theory]
    [InlineData(Roles.Member)]
    [InlineData(Roles.PeerSupporter)]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.Facilitator)]
    [InlineData(Roles.Volunteer)]
    [InlineData(Roles.Coordinator)]
    public async Task ConfidentialAddress_OnDirectoryAndServicePage_IsAbsentForEveryRole(string role)
    {
        var (organization, service, _) = await ArrangeShelterAsync();
        var client = await app.SignedInAsync(organization.People[role]);

        var search = await (await client.GetAsync("/directory?q=harbour")).Content.ReadAsStringAsync();
        var (response, page) = await client.GetPageAsync($"/directory/services/{service.Id}");
        var html = page.DocumentElement.OuterHtml;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var text in new[] { search, html })
        {
            Assert.DoesNotContain("Canarywharf", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(CanaryPostcode, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(CanaryCoordinate, text, StringComparison.Ordinal);
            // The shelter's own line could lead to it as surely as its address.
            Assert.DoesNotContain(CanaryPhone, text, StringComparison.Ordinal);
        }
        Assert.Contains("+44 20 7946 0000", html, StringComparison.Ordinal);
        var shelter = page.QuerySelectorAll("[data-location]").Single(l => l.TextContent.Contains("Harbour House", StringComparison.Ordinal));
        Assert.NotNull(shelter.QuerySelector("[data-confidential]"));
        Assert.Contains("Address shared only through a referral", shelter.TextContent, StringComparison.Ordinal);
        // The other place's address shows, so the page does show addresses where allowed.
        Assert.Contains("5 Visible Road", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfidentialAddress_OnFactsPage_IsShownToCoordinatorOnly()
    {
        var (organization, service, _) = await ArrangeShelterAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var html = await (await coordinator.GetAsync($"/directory/services/{service.Id}/facts")).Content.ReadAsStringAsync();

        Assert.Contains(CanaryStreet, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync(organization.Member)).GetAsync($"/directory/services/{service.Id}/facts")).StatusCode);
    }

    [Fact]
    public async Task ServicePage_AsMember_ShowsTheFactsInPlainWords()
    {
        var (organization, service, _) = await ArrangeShelterAsync();
        var member = await app.SignedInAsync(organization.Member);

        var (_, page) = await member.GetPageAsync($"/directory/services/{service.Id}");
        string Fact(string name) => page.QuerySelector($"[data-fact={name}]")?.TextContent.Trim() ?? "";

        Assert.StartsWith("Checked by Test organization on ", Fact("verified"), StringComparison.Ordinal);
        Assert.Equal("Experienced with people we support", Fact("experienced"));
        Assert.StartsWith("Free", Fact("cost"), StringComparison.Ordinal);
        Assert.Equal("No ID or immigration documents needed", Fact("documents"));
        Assert.Equal("Safe to contact by text", Fact("text"));
        Assert.Matches(@"^Waiting list\s+— confirmed \w+ 31 October$", Fact("intake"));
        Assert.Equal("Harbour Trust", page.QuerySelector("h1 + p")?.TextContent.Trim());
        Assert.Contains("Monday, Tuesday, from 09:00 to 17:00", page.QuerySelector("#when-heading ~ ul")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Español", page.QuerySelector("[data-languages]")?.TextContent.Trim());
        Assert.Equal($"/needs/new?service={service.Id}", page.QuerySelector("[data-ask-for-help]")?.GetAttribute("href"));
        // What other members said, with the member's own "this helped me" on the same page.
        Assert.NotNull(page.QuerySelector("#peer-notes [data-helped-count]"));
        Assert.NotNull(page.QuerySelector("#peer-notes form[data-helped-form]"));
    }

    [Fact]
    public async Task ServicePage_WithoutFacts_SaysAskRatherThanGuessing()
    {
        var organization = await app.CreateOrganizationAsync();
        HsdsService? service = null;
        await app.ArrangeDirectoryAsync(organization, d => service = d.Service("Unchecked service"));
        var partner = await app.SignedInAsync(organization.Partner);

        var (_, page) = await partner.GetPageAsync($"/directory/services/{service!.Id}");

        Assert.Equal("Not checked by Test organization yet", page.QuerySelector("[data-fact=verified]")?.TextContent.Trim());
        Assert.Equal("Cost: please ask them", page.QuerySelector("[data-fact=cost]")?.TextContent.Trim());
        Assert.Contains("ID: please ask them first.", page.QuerySelector("[data-fact=documents]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Unknown", page.QuerySelector("[data-fact=intake]")?.GetAttribute("data-intake"));
        // Partners are not pointed to raising a need; members are.
        Assert.Null(page.QuerySelector("[data-ask-for-help]"));
    }

    [Fact]
    public async Task MarkConfidential_AsCoordinator_HidesTheAddressAndIsAudited()
    {
        var organization = await app.CreateOrganizationAsync();
        HsdsService? service = null;
        HsdsLocation? place = null;
        await app.ArrangeDirectoryAsync(organization, d =>
        {
            service = d.Service("Quiet rooms");
            place = d.Location(service, "Quiet house", "12 Hidden Mews", "HM1 2AB");
        });
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var member = await app.SignedInAsync(organization.Member);
        var pageUrl = $"/directory/services/{service!.Id}";
        Assert.Contains("12 Hidden Mews", await (await member.GetAsync(pageUrl)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var response = await coordinator.SubmitFormAsync(pageUrl + "/facts", new Dictionary<string, string>(), $"form[data-location-form]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("12 Hidden Mews", await (await member.GetAsync(pageUrl)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = await app.InOrganizationAsync(organization, db => db.AuditEvents.Where(a => a.Action == AuditActions.LocationMadeConfidential).ToListAsync());
        var recorded = Assert.Single(audit);
        Assert.Equal(organization.Coordinator.Id, recorded.ActorUserId);
        Assert.Equal("location:" + place!.Id, recorded.Subject);

        await coordinator.SubmitFormAsync(pageUrl + "/facts", new Dictionary<string, string>(), $"form[data-location-form]");
        Assert.Contains("12 Hidden Mews", await (await member.GetAsync(pageUrl)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.LocationMadePublic)));
    }

    [Fact]
    public async Task MarkConfidential_ForAPlaceOfAnotherService_Answers404()
    {
        var organization = await app.CreateOrganizationAsync();
        HsdsService? mine = null;
        HsdsLocation? elsewhere = null;
        await app.ArrangeDirectoryAsync(organization, d =>
        {
            mine = d.Service("Mine");
            d.Location(mine, "My place", "1 Road", "A1");
            elsewhere = d.Location(d.Service("Other"), "Other place", "2 Road", "A2");
        });
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var response = await coordinator.SubmitFormAsync($"/directory/services/{mine!.Id}/facts",
            new Dictionary<string, string> { ["locationId"] = elsewhere!.Id }, "form[data-location-form]");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ServicePage_UnknownId_Answers404()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/directory/services/no-such-service")).StatusCode);
    }
}
