using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Updates;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Updates;

/// <summary>
/// Organizer updates (issue 16): coordinators post wins and setbacks (audited, SEC-32), which
/// reach the homes of the volunteers and partners they are for and nobody else: not members,
/// not another organization (SEC-19); other roles 403 on the pages, another organization's
/// update 404; a concurrent edit is caught (SEC-43); a refused form keeps what was typed.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class OrganizerUpdateTests(SharedCirclesApp app)
{
    private static Dictionary<string, string> Fields(string kind, string audience, string title, string body) => new()
    {
        ["Form.Kind"] = kind, ["Form.Audience"] = audience, ["Form.Title"] = title, ["Form.Body"] = body,
    };

    [Fact]
    public async Task Post_AsCoordinator_ReachesTheHomesOfItsAudienceOnly_AndIsAudited()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        foreach (var (kind, audience, title) in new[]
        {
            ("Win", "Volunteers", "Marker volunteers"), ("Setback", "Partners", "Marker partners"), ("Win", "Both", "Marker both"),
        })
        {
            var posted = await coordinator.SubmitFormAsync("/updates/new", Fields(kind, audience, title, "What happened, in a line."));
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }
        var list = await (await coordinator.GetAsync("/updates")).ParseAsync();
        Assert.Equal(3, list.QuerySelectorAll("[data-update]").Length);
        Assert.Equal(3, await app.InOrganizationAsync(organization, db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.UpdatePosted)));

        var volunteerHome = await (await (await app.SignedInAsync(organization.Volunteer)).GetAsync("/home/volunteer")).Content.ReadAsStringAsync();
        Assert.Contains("Marker volunteers", volunteerHome, StringComparison.Ordinal);
        Assert.Contains("Marker both", volunteerHome, StringComparison.Ordinal);
        Assert.DoesNotContain("Marker partners", volunteerHome, StringComparison.Ordinal);

        var partnerHome = await (await (await app.SignedInAsync(organization.Partner)).GetAsync("/home/partner")).Content.ReadAsStringAsync();
        Assert.Contains("Marker partners", partnerHome, StringComparison.Ordinal);
        Assert.Contains("Marker both", partnerHome, StringComparison.Ordinal);
        Assert.DoesNotContain("Marker volunteers", partnerHome, StringComparison.Ordinal);

        var memberHome = await (await (await app.SignedInAsync(organization.Member)).GetAsync("/home/member")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Marker", memberHome, StringComparison.Ordinal);

        var other = await app.CreateOrganizationAsync();
        foreach (var (person, home) in new[] { (other.Volunteer, "/home/volunteer"), (other.Partner, "/home/partner") })
        {
            var body = await (await (await app.SignedInAsync(person)).GetAsync(home)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Marker", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_AsOtherRoles_403_AnotherOrganizationsUpdate_404()
    {
        var organization = await app.CreateOrganizationAsync();
        var updateId = await AddUpdateAsync(organization, "Marker mine");
        foreach (var person in new[] { organization.Facilitator, organization.Member, organization.PeerSupporter, organization.Volunteer, organization.Partner })
        {
            var client = await app.SignedInAsync(person);
            foreach (var url in new[] { "/updates", "/updates/new", $"/updates/{updateId}/edit" })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
            }
        }
        var other = await app.CreateOrganizationAsync();
        var outsider = await app.SignedInAsync(other.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/updates/{updateId}/edit")).StatusCode);
        Assert.DoesNotContain("Marker mine", await (await outsider.GetAsync("/updates")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_WithoutBodyOrWithALongTitle_IsRefused_KeepingWhatWasTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var refused = await coordinator.SubmitFormAsync("/updates/new", Fields("Setback", "Both", new string('t', 121), ""));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        var errors = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Use at most 120 characters.", errors, StringComparison.Ordinal);
        Assert.Contains("Write what happened.", errors, StringComparison.Ordinal);
        Assert.Equal(new string('t', 121), page.QuerySelector("input[name='Form.Title']")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name='Form.Kind'][value='Setback'][checked]"));
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.OrganizerUpdates.CountAsync()));
    }

    [Fact]
    public async Task Edit_AfterSomeoneElseSaved_ShowsTheConflict_KeepsWhatWasTyped_ThenDeleteAfterConfirming()
    {
        var organization = await app.CreateOrganizationAsync();
        var updateId = await AddUpdateAsync(organization, "First words");
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var url = $"/updates/{updateId}/edit";
        var (_, stale) = await coordinator.GetPageAsync(url);

        var first = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["Form.Title"] = "Changed by someone else" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var conflict = await coordinator.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)stale.QuerySelector("main form")!, url,
            new Dictionary<string, string> { ["Form.Title"] = "My own change", ["Form.Body"] = "Typed with care" });
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.ParseAsync();
        Assert.NotNull(page.QuerySelector("[data-conflict]"));
        Assert.Equal("My own change", page.QuerySelector("input[name='Form.Title']")!.GetAttribute("value"));
        Assert.Equal("Typed with care", page.QuerySelector("textarea[name='Form.Body']")!.TextContent);
        Assert.Equal("Changed by someone else", await app.InOrganizationAsync(organization, db => db.OrganizerUpdates.Select(u => u.Title).SingleAsync()));

        var unconfirmed = await coordinator.SubmitFormAsync(url, GroupArrangement.NoFields(), "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.OrganizerUpdates.CountAsync()));
        var deleted = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["confirm"] = "true" }, "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.OrganizerUpdates.CountAsync()));
        Assert.True(await app.InOrganizationAsync(organization, db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.UpdateDeleted && e.Subject == updateId.ToString())));
    }

    private Task<Guid> AddUpdateAsync(TestOrganization organization, string title) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var update = new OrganizerUpdate
            {
                Kind = UpdateKind.Win, Audience = UpdateAudience.Both, Title = title, Body = "Body", PostedAt = app.Clock.GetUtcNow().UtcDateTime,
                PostedByUserId = organization.Coordinator.Id,
            };
            db.OrganizerUpdates.Add(update);
            await db.SaveChangesAsync();
            return update.Id;
        });
}
