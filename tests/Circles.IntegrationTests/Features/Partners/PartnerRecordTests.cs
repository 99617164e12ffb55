using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Partners;

/// <summary>Partner records for coordinators: encrypted contact (SEC-27), versioned edits (SEC-43), roles (SEC-18) and organizations (SEC-19).</summary>
public sealed class PartnerRecordTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    [Fact]
    public async Task Create_WithContactPerson_StoresItEncrypted_AndShowsItToTheCoordinator_Sec27()
    {
        const string name = "canary-contact-name-5511";
        const string phone = "0700 424242";
        const string email = "canary-5512@partner.example";
        var organization = await app.CreateOrganizationAsync();
        var communityId = await app.CreateCommunityAsync(organization, "Hillside");
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var created = await coordinator.SubmitFormAsync("/partners/new", new Dictionary<string, string>
        {
            ["Form.Name"] = "Hillside bakery",
            ["Form.Kind"] = nameof(PartnerKind.Business),
            ["Form.ContactName"] = name,
            ["Form.ContactPhone"] = phone,
            ["Form.ContactEmail"] = email,
            ["Form.PreferredContact"] = nameof(PartnerContactWay.InPerson),
            ["Form.CommunityIds"] = communityId.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var raw = await app.RawDatabaseTextAsync();
        Assert.Contains("Hillside bakery", raw, StringComparison.Ordinal);
        foreach (var canary in new[] { name, phone, email })
        {
            Assert.DoesNotContain(canary, raw, StringComparison.Ordinal);
        }
        var (response, page) = await coordinator.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var contact = page.QuerySelector("[data-partner-contact]")!.TextContent;
        Assert.Contains(name, contact, StringComparison.Ordinal);
        Assert.Contains(phone, contact, StringComparison.Ordinal);
        Assert.Contains(email, contact, StringComparison.Ordinal);
        Assert.Contains("Hillside", page.QuerySelector("[data-partner-communities]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutAName_KeepsWhatWasTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var response = await coordinator.SubmitFormAsync("/partners/new", new Dictionary<string, string> { ["Form.Name"] = "", ["Form.Notes"] = "kept note 77" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Give the partner a name.", text, StringComparison.Ordinal);
        Assert.Contains("kept note 77", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_AfterSomeoneElseSaved_ShowsTheConflict_AndKeepsWhatWasTyped_Sec43()
    {
        var organization = await app.CreateOrganizationAsync();
        var partnerId = await app.CreatePartnerAsync(organization, "River school", PartnerKind.School);
        var first = await app.SignedInAsync(organization.Coordinator);
        var second = await app.SignedInAsync(organization.Coordinator);
        var (_, stalePage) = await second.GetPageAsync($"/partners/{partnerId}/edit");

        var saved = await first.SubmitFormAsync($"/partners/{partnerId}/edit", new Dictionary<string, string> { ["Form.Name"] = "River primary school" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var conflict = await second.SubmitAsync((IHtmlFormElement)stalePage.QuerySelector("main form")!, $"/partners/{partnerId}/edit",
            new Dictionary<string, string> { ["Form.Name"] = "River school typed later" });

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.ParseAsync();
        Assert.NotNull(page.QuerySelector("[data-conflict]"));
        Assert.Equal("River school typed later", ((IHtmlInputElement)page.QuerySelector("#Form_Name")!).Value);
        var name = await app.WithDbAsync(organization, db => db.Partners.Where(p => p.Id == partnerId).Select(p => p.Name).SingleAsync());
        Assert.Equal("River primary school", name);
    }

    [Fact]
    public async Task List_FiltersByKindAndCommunity()
    {
        var organization = await app.CreateOrganizationAsync();
        var hillside = await app.CreateCommunityAsync(organization, "Hillside");
        await app.CreatePartnerAsync(organization, "Imam Yusuf", PartnerKind.ReligiousLeader, hillside);
        await app.CreatePartnerAsync(organization, "Corner shop", PartnerKind.Business, hillside);
        await app.CreatePartnerAsync(organization, "Town hall", PartnerKind.PublicAgency);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var (_, all) = await coordinator.GetPageAsync("/partners");
        var (_, byKind) = await coordinator.GetPageAsync("/partners?Kind=Business");
        var (_, byCommunity) = await coordinator.GetPageAsync($"/partners?Community={hillside}");

        Assert.Equal(3, all.QuerySelectorAll("[data-partner]").Length);
        Assert.Equal(["Corner shop"], byKind.QuerySelectorAll("[data-partner]").Select(r => r.GetAttribute("data-partner")));
        Assert.Equal(["Corner shop", "Imam Yusuf"], byCommunity.QuerySelectorAll("[data-partner]").Select(r => r.GetAttribute("data-partner")));
    }

    [Fact]
    public async Task Pages_AsFacilitatorVolunteerMemberPartner_Are403_Sec18()
    {
        var organization = await app.CreateOrganizationAsync();
        var partnerId = await app.CreatePartnerAsync(organization, "Clinic");
        foreach (var person in new[] { organization.Facilitator, organization.Volunteer, organization.Member, organization.PeerSupporter, organization.Partner })
        {
            var client = await app.SignedInAsync(person);
            foreach (var url in new[] { "/partners", "/partners/new", $"/partners/{partnerId}", $"/partners/{partnerId}/edit", "/partners/sources" })
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{person.Roles[0]} on {url}: {response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task Partner_OfAnotherOrganization_Is404_Sec19()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var theirs = await app.CreatePartnerAsync(other, "Their partner");
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/partners/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/partners/{theirs}/edit")).StatusCode);
        var (_, list) = await coordinator.GetPageAsync("/partners");
        Assert.DoesNotContain("Their partner", list.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextStep_ShowsOnTheCoordinatorHomeWhenDueSoonOrOverdue_AndGoesWhenDone()
    {
        var organization = await app.CreateOrganizationAsync();
        var partnerId = await app.CreatePartnerAsync(organization, "Chapel", PartnerKind.ReligiousLeader);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        const string step = "Bring cards 9041";

        var logged = await coordinator.SubmitFormAsync($"/partners/{partnerId}", new Dictionary<string, string>
        {
            ["Entry.Kind"] = nameof(EngagementKind.Meeting),
            ["Entry.OccurredOn"] = today.ToString("yyyy-MM-dd"),
            ["Entry.Note"] = "Met after the service",
            ["Entry.NextStep"] = step,
            ["Entry.NextStepDueOn"] = today.AddDays(10).ToString("yyyy-MM-dd"),
            ["Entry.NextStepOwnerUserId"] = organization.Coordinator.Id.ToString(),
        }, "form[data-engagement-form]");
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);

        var (_, farAway) = await coordinator.GetPageAsync("/home/coordinator");
        Assert.Null(farAway.QuerySelector($"[data-next-step='{step}']"));

        // Days pass: signed in again, as sessions end when idle.
        app.Clock.Advance(TimeSpan.FromDays(4));
        coordinator = await app.SignedInAsync(organization.Coordinator);
        var (_, dueSoon) = await coordinator.GetPageAsync("/home/coordinator");
        Assert.Equal("false", dueSoon.QuerySelector($"[data-next-step='{step}']")?.GetAttribute("data-overdue"));

        app.Clock.Advance(TimeSpan.FromDays(8));
        coordinator = await app.SignedInAsync(organization.Coordinator);
        var (_, overdue) = await coordinator.GetPageAsync("/home/coordinator");
        var item = overdue.QuerySelector($"[data-next-step='{step}']");
        Assert.Equal("true", item?.GetAttribute("data-overdue"));

        var done = await coordinator.SubmitAsync((IHtmlFormElement)item!.QuerySelector("form")!, "/home/coordinator", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/home/coordinator", done.Headers.Location?.OriginalString);
        var (_, after) = await coordinator.GetPageAsync("/home/coordinator");
        Assert.Null(after.QuerySelector($"[data-next-step='{step}']"));
        var (_, partnerPage) = await coordinator.GetPageAsync($"/partners/{partnerId}");
        Assert.Equal("done", partnerPage.QuerySelector("[data-next-step]")?.GetAttribute("data-next-step"));
    }

    [Fact]
    public async Task NextStep_WithoutADueDate_IsRefusedWithTheNoteKept()
    {
        var organization = await app.CreateOrganizationAsync();
        var partnerId = await app.CreatePartnerAsync(organization, "Chapel");
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var response = await coordinator.SubmitFormAsync($"/partners/{partnerId}", new Dictionary<string, string>
        {
            ["Entry.Note"] = "typed note 3141",
            ["Entry.NextStep"] = "Call back",
            ["Entry.NextStepDueOn"] = "",
        }, "form[data-engagement-form]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Give the next step a due date.", text, StringComparison.Ordinal);
        Assert.Contains("typed note 3141", text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(organization, db => db.PartnerEngagements.CountAsync()));
    }
}
