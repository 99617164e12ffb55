using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Needs;

/// <summary>
/// Members reach a confidential place only through a referral: a coordinator gives its address on
/// the member's referral, on purpose and audited; nobody else ever sees it outside the facts page.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class SharedAddressTests(SharedCirclesApp app)
{
    private const string Canary = "12 Kittiwake Canary Row";

    private sealed record Arranged(TestOrganization Organization, string ServiceId, Guid NeedId, HttpClient Member, HttpClient Coordinator, string Shelter, string Office, string OtherShelter);

    /// <summary>A need referred to a service offered at a confidential shelter (with the canary address) and at an ordinary office; another service has its own shelter.</summary>
    private async Task<Arranged> ArrangeAsync()
    {
        var organization = await app.CreateOrganizationAsync();
        var service = await app.CreateServiceAsync(organization, "Harbour Housing", term: "Housing");
        var other = await app.CreateServiceAsync(organization, "Other Housing", term: "Housing");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        string shelter = "loc-shelter-" + suffix, office = "loc-office-" + suffix, otherShelter = "loc-other-" + suffix;
        await app.InOrganizationAsync(organization, async db =>
        {
            db.Set<HsdsLocation>().AddRange(
                new HsdsLocation { Id = shelter, LocationType = "physical", Name = "Kittiwake House", IsConfidential = true },
                new HsdsLocation { Id = office, LocationType = "physical", Name = "Harbour office" },
                new HsdsLocation { Id = otherShelter, LocationType = "physical", Name = "Other house", IsConfidential = true });
            db.Set<HsdsServiceAtLocation>().AddRange(
                new HsdsServiceAtLocation { Id = "sal-1-" + suffix, ServiceId = service.Id, LocationId = shelter },
                new HsdsServiceAtLocation { Id = "sal-2-" + suffix, ServiceId = service.Id, LocationId = office },
                new HsdsServiceAtLocation { Id = "sal-3-" + suffix, ServiceId = other.Id, LocationId = otherShelter });
            db.Set<HsdsAddress>().AddRange(
                new HsdsAddress { Id = "adr-1-" + suffix, LocationId = shelter, Address1 = Canary, City = "Rivertown", PostalCode = "RV9 9ZZ", Country = "GB", AddressType = "physical" },
                new HsdsAddress { Id = "adr-2-" + suffix, LocationId = otherShelter, Address1 = "3 Other Canary Way", City = "Rivertown", Country = "GB", AddressType = "physical" });
            return await db.SaveChangesAsync();
        });
        var member = await app.SignedInAsync(organization.Member);
        var needId = await member.RaiseNeedAsync("Housing", "A safe place to stay");
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.ReferAsync(needId, service.Id)).StatusCode);
        return new Arranged(organization, service.Id, needId, member, coordinator, shelter, office, otherShelter);
    }

    private static Task<HttpResponseMessage> ShareAsync(Arranged a, string? locationId = null) =>
        a.Coordinator.SubmitFormAsync($"/needs/{a.NeedId}/manage",
            locationId is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["locationId"] = locationId },
            "form[action*='handler=ShareAddress']");

    private static async Task<string> MemberNeedPageAsync(Arranged a) =>
        await (await a.Member.GetAsync($"/needs/{a.NeedId}")).Content.ReadAsStringAsync();

    [Fact]
    public async Task ShareAddress_AsCoordinator_MemberSeesItOnTheirReferralOnly_Audited()
    {
        var a = await ArrangeAsync();
        Assert.DoesNotContain(Canary, await MemberNeedPageAsync(a), StringComparison.Ordinal);
        var manage = await (await a.Coordinator.GetAsync($"/needs/{a.NeedId}/manage")).ParseAsync();
        // Only the confidential place of the referred service is offered: not the office, not another service's house.
        var offered = manage.QuerySelectorAll("form[action*='handler=ShareAddress'] input[name=locationId]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal([a.Shelter], offered);

        var response = await ShareAsync(a);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await a.Member.GetPageAsync($"/needs/{a.NeedId}");
        var given = page.QuerySelector("details[data-address-given]")!;
        Assert.Contains("The address of Kittiwake House", given.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Canary, given.QuerySelector("[data-address]")!.TextContent, StringComparison.Ordinal);
        Assert.False(given.HasAttribute("open")); // folded away until the member opens it
        // Still nowhere else: not on the service page, not in the directory search.
        var servicePage = await (await a.Member.GetAsync($"/directory/services/{a.ServiceId}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(Canary, servicePage, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, await (await a.Member.GetAsync("/directory?q=Kittiwake")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Another member of the organization sees nothing of this need.
        var another = await app.SignedInAsync(await app.AddUserAsync(a.Organization.Id, Roles.Member));
        Assert.Equal(HttpStatusCode.NotFound, (await another.GetAsync($"/needs/{a.NeedId}")).StatusCode);
        // SEC-32: who gave it and on which referral; never the address.
        var referral = await app.ReferralOfAsync(a.Organization, a.NeedId);
        var audit = await app.InOrganizationAsync(a.Organization, db => db.AuditEvents.Where(e => e.Action == AuditActions.ConfidentialAddressShared).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal((a.Organization.Coordinator.Id, referral.Id.ToString()), (entry.ActorUserId!.Value, entry.Subject));
        Assert.Equal(a.Organization.Coordinator.Id, referral.AddressSharedByUserId);
    }

    [Fact]
    public async Task ShareAddress_OfAnOrdinaryPlaceOrAnotherServicesPlace_Answers404AndGivesNothing()
    {
        var a = await ArrangeAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await ShareAsync(a, a.Office)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ShareAsync(a, a.OtherShelter)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ShareAsync(a, "no-such-place")).StatusCode);

        Assert.Null((await app.ReferralOfAsync(a.Organization, a.NeedId)).SharedAddressLocationId);
        var page = await MemberNeedPageAsync(a);
        Assert.DoesNotContain("Canary", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShareAddress_AsAnotherOrganizationsCoordinator_Answers404()
    {
        var a = await ArrangeAsync();
        var elsewhere = await app.CreateOrganizationAsync();
        var stranger = await app.SignedInAsync(elsewhere.Coordinator);
        var (_, ownPage) = await a.Coordinator.GetPageAsync($"/needs/{a.NeedId}/manage");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)ownPage.QuerySelector("form[action*='handler=ShareAddress']")!;

        // The stranger posts the same form with their own anti-forgery token.
        var (_, strangerHome) = await stranger.GetPageAsync("/settings");
        var token = strangerHome.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await stranger.SubmitAsync(form, $"/needs/{a.NeedId}/manage", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await app.ReferralOfAsync(a.Organization, a.NeedId)).SharedAddressLocationId);
    }

    [Fact]
    public async Task UnshareAddress_OrServiceDeclines_MemberNoLongerSeesIt()
    {
        var a = await ArrangeAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ShareAsync(a)).StatusCode);
        Assert.Contains(Canary, await MemberNeedPageAsync(a), StringComparison.Ordinal);

        var stop = await a.Coordinator.SubmitFormAsync($"/needs/{a.NeedId}/manage", new Dictionary<string, string>(), "form[action*='handler=UnshareAddress']");
        Assert.Equal(HttpStatusCode.Redirect, stop.StatusCode);
        Assert.DoesNotContain(Canary, await MemberNeedPageAsync(a), StringComparison.Ordinal);
        Assert.Equal(1, await app.InOrganizationAsync(a.Organization, db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.ConfidentialAddressUnshared)));

        // Given again, then the service turns the referral down: the address goes with it.
        Assert.Equal(HttpStatusCode.Redirect, (await ShareAsync(a)).StatusCode);
        var declined = await a.Coordinator.SubmitFormAsync($"/needs/{a.NeedId}/manage", new Dictionary<string, string> { ["status"] = "Declined" }, "form[action*='handler=Outcome']");
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.DoesNotContain(Canary, await MemberNeedPageAsync(a), StringComparison.Ordinal);
        Assert.Equal(2, await app.InOrganizationAsync(a.Organization, db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.ConfidentialAddressUnshared)));
        // Taken back for good: reopening the referral does not show it again.
        var reopened = await a.Coordinator.SubmitFormAsync($"/needs/{a.NeedId}/manage", new Dictionary<string, string> { ["status"] = "Accepted" }, "form[action*='handler=Outcome']");
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.DoesNotContain(Canary, await MemberNeedPageAsync(a), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShareAddress_FromAnOutdatedPage_IsRefused()
    {
        var a = await ArrangeAsync();
        var (_, stale) = await a.Coordinator.GetPageAsync($"/needs/{a.NeedId}/manage");
        var staleForm = (AngleSharp.Html.Dom.IHtmlFormElement)stale.QuerySelector("form[action*='handler=ShareAddress']")!;
        Assert.Equal(HttpStatusCode.Redirect, (await a.Coordinator.SubmitFormAsync($"/needs/{a.NeedId}/manage",
            new Dictionary<string, string> { ["status"] = "Accepted" }, "form[action*='handler=Outcome']")).StatusCode);

        var response = await a.Coordinator.SubmitAsync(staleForm, $"/needs/{a.NeedId}/manage", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Null((await app.ReferralOfAsync(a.Organization, a.NeedId)).SharedAddressLocationId);
    }
}
