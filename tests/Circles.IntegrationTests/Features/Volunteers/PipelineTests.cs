using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Volunteers;
using Circles.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Volunteers;

/// <summary>
/// The volunteer pipeline for coordinators (issue 15): the board and its time-in-stage figures,
/// who may see an applicant (SEC-18, SEC-19), their contact encrypted at rest (SEC-27), the
/// invitation of an active volunteer and the account linked when it is redeemed, deleting the
/// application of someone who left.
/// </summary>
public sealed class PipelineTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private static string Details(Guid id) => $"/volunteers/{id}";

    [Fact]
    public async Task Board_ShowsEachStageInOrder_WithDaysInStageAndMedianTimeFromTheHistory()
    {
        var organization = await app.CreateOrganizationAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var today = app.Today();
        // Amal applied 10 days ago and moved to Conversation 6 days ago; Ben applied 10 days ago and still waits.
        await app.AddApplicationAsync(organization, "Amal", VolunteerStage.Conversation, now.AddDays(-10),
            moves: [(VolunteerStage.Interest, VolunteerStage.Conversation, today.AddDays(-6))]);
        await app.AddApplicationAsync(organization, "Ben", appliedAt: now.AddDays(-10), languages: "Spanish");
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var board = await (await coordinator.GetAsync("/volunteers")).ParseAsync();

        Assert.Equal(["Interest", "Conversation", "Screening", "Training", "Active", "Paused", "Left"],
            board.QuerySelectorAll("section[data-stage]").Select(s => s.GetAttribute("data-stage")!));
        // Interest: Amal's 4 days and Ben's 10 so far; Conversation: Amal's 6 so far.
        Assert.Equal("7", Section(board, "Interest").GetAttribute("data-median-days"));
        Assert.Equal("6", Section(board, "Conversation").GetAttribute("data-median-days"));
        Assert.Equal("", Section(board, "Screening").GetAttribute("data-median-days") ?? "");
        var ben = Section(board, "Interest").QuerySelector("li[data-applicant]")!;
        Assert.Contains("Ben", ben.TextContent, StringComparison.Ordinal);
        Assert.Contains("Spanish", ben.TextContent, StringComparison.Ordinal);
        Assert.Equal("10", ben.QuerySelector("[data-days-in-stage]")!.GetAttribute("data-days-in-stage"));
        Assert.Equal("6", Section(board, "Conversation").QuerySelector("[data-days-in-stage]")!.GetAttribute("data-days-in-stage"));

        app.Clock.Advance(TimeSpan.FromDays(2));
        // Two days on, the session has ended: sign in again.
        coordinator = await app.SignedInAsync(organization.Coordinator);
        board = await (await coordinator.GetAsync("/volunteers")).ParseAsync();
        // Amal's 4 days in Interest are over; Ben's grow to 12: median 8.
        Assert.Equal("8", Section(board, "Interest").GetAttribute("data-median-days"));
        Assert.Equal("8", Section(board, "Conversation").GetAttribute("data-median-days"));
    }

    [Fact]
    public async Task Board_ShowsPausedAndLeftAsCounts_WithTheirPeopleOnRequest()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.AddApplicationAsync(organization, "Carla", VolunteerStage.Paused);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var board = await (await coordinator.GetAsync("/volunteers")).ParseAsync();
        Assert.Equal("1", Section(board, "Paused").GetAttribute("data-count"));
        Assert.DoesNotContain("Carla", board.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var paused = await (await coordinator.GetAsync("/volunteers?stage=Paused")).ParseAsync();
        Assert.Contains("Carla", Section(paused, "Paused").TextContent, StringComparison.Ordinal);
        Assert.Single(paused.QuerySelectorAll("section[data-stage]"));
    }

    [Fact]
    public async Task Pages_AsOtherRoles_AreForbidden_AndContactNeverShown_Sec18()
    {
        var organization = await app.CreateOrganizationAsync();
        var id = await app.AddApplicationAsync(organization, contact: "canary-contact-7781@example.org");
        foreach (var person in new[] { organization.Facilitator, organization.Volunteer, organization.Partner, organization.Member, organization.PeerSupporter })
        {
            var client = await app.SignedInAsync(person);
            foreach (var url in new[] { "/volunteers", Details(id), Details(id) + "/delete" })
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{person.Roles[0]} on {url}: {response.StatusCode}");
                Assert.DoesNotContain("canary-contact-7781", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Details_OfAnotherOrganizationsApplicant_IsNotFound_Sec19()
    {
        var theirs = await app.CreateOrganizationAsync();
        var id = await app.AddApplicationAsync(theirs, stage: VolunteerStage.Left);
        var ours = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(ours.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(Details(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(Details(id) + "/delete")).StatusCode);
    }

    [Fact]
    public async Task Contact_IsStoredEncrypted_AndShownDecryptedToTheCoordinator_Sec27()
    {
        var organization = await app.CreateOrganizationAsync();
        var id = await app.AddApplicationAsync(organization, contact: "canary-contact-5530@example.org");
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var page = await (await coordinator.GetAsync(Details(id))).ParseAsync();

        Assert.Equal("canary-contact-5530@example.org", page.QuerySelector("[data-contact]")!.TextContent.Trim());
        Assert.Contains("Thursday circle", page.QuerySelector("[data-motivation]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("wrong thing", page.QuerySelector("[data-worries]")!.TextContent, StringComparison.Ordinal);
        var raw = await app.RawDatabaseTextAsync();
        Assert.DoesNotContain("canary-contact-5530", raw, StringComparison.Ordinal);
        var column = await app.InOrganizationAsync(organization, db => db.VolunteerApplications.Where(a => a.Id == id).Select(a => a.ProtectedContact).SingleAsync());
        Assert.DoesNotContain("canary", column!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_OnlyWhenActive_NotTwiceWhileOpen_AndTheRedeemedAccountIsLinkedAsVolunteer()
    {
        var organization = await app.CreateOrganizationAsync();
        var id = await app.AddApplicationAsync(organization, stage: VolunteerStage.Training, appliedAt: app.Clock.GetUtcNow().UtcDateTime.AddDays(-40));
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        // Not active: no invitation offered, and one asked for by hand is refused.
        var (_, training) = await coordinator.GetPageAsync(Details(id));
        Assert.Null(training.QuerySelector("form[data-invite-form]"));
        var handMade = (IHtmlFormElement)training.QuerySelector("form[data-move-form]")!;
        handMade.SetAttribute("action", $"/volunteers/{id}?handler=Invite");
        var refused = await coordinator.SubmitAsync(handMade, Details(id), new Dictionary<string, string>());
        Assert.Contains("Only an active volunteer", (await refused.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.Invitations.CountAsync()));

        await coordinator.SubmitFormAsync(Details(id), new Dictionary<string, string> { ["Move.To"] = "Active", ["Move.On"] = app.Today().Iso() }, "form[data-move-form]");
        var (_, active) = await coordinator.GetPageAsync(Details(id));
        var inviteForm = (IHtmlFormElement)active.QuerySelector("form[data-invite-form]")!;
        var invited = await (await coordinator.SubmitAsync(inviteForm, Details(id), new Dictionary<string, string>())).ParseAsync();
        var code = invited.QuerySelector("[data-invitation-code]")!.TextContent.Trim();
        Assert.NotEmpty(invited.QuerySelector("[data-invitation-link]")!.TextContent.Trim());

        // A second invitation while this one is open is refused (the form was still on another tab).
        var again = await (await coordinator.SubmitAsync(inviteForm, Details(id), new Dictionary<string, string>
        {
            ["Version"] = (await app.InOrganizationAsync(organization, db => db.VolunteerApplications.Where(a => a.Id == id).Select(a => a.Version).SingleAsync())).ToString(),
        })).ParseAsync();
        Assert.Contains("already open", again.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var invitation = Assert.Single(await app.InOrganizationAsync(organization, db => db.Invitations.ToListAsync()));
        Assert.Equal(Roles.Volunteer, invitation.Role);

        var pseudonym = "Lina " + Guid.NewGuid().ToString("N")[..6];
        var joined = await app.NewBrowser().SubmitFormAsync("/join", new Dictionary<string, string>
        {
            ["Form.Code"] = code,
            ["Form.Pseudonym"] = pseudonym,
            ["Form.Password"] = "quiet river morning",
            ["Form.ConfirmPassword"] = "quiet river morning",
        });
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
        var user = await users.FindByNameAsync(pseudonym);
        Assert.Equal([Roles.Volunteer], await users.GetRolesAsync(user!));
        var application = await scope.ServiceProvider.GetRequiredService<CirclesDb>().VolunteerApplications.SingleAsync(a => a.Id == id);
        Assert.Equal(user!.Id, application.UserId);
        var linked = await (await coordinator.GetAsync(Details(id))).ParseAsync();
        Assert.Contains(pseudonym, linked.QuerySelector("[data-account='linked']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_OnlyForSomeoneWhoLeft_AfterConfirming_AndAudited()
    {
        var organization = await app.CreateOrganizationAsync();
        var stillHere = await app.AddApplicationAsync(organization, "Dana");
        var left = await app.AddApplicationAsync(organization, "Eli", VolunteerStage.Left, app.Clock.GetUtcNow().UtcDateTime.AddDays(-9),
            moves: [(VolunteerStage.Interest, VolunteerStage.Left, app.Today().AddDays(-1))]);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var (_, notLeft) = await coordinator.GetPageAsync(Details(stillHere) + "/delete");
        Assert.Null(notLeft.QuerySelector("form[data-delete-form]"));
        var (_, confirm) = await coordinator.GetPageAsync(Details(left) + "/delete");
        var form = (IHtmlFormElement)confirm.QuerySelector("form[data-delete-form]")!;
        form.SetAttribute("action", Details(stillHere) + "/delete");
        var refused = await coordinator.SubmitAsync(form, Details(stillHere) + "/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(await app.InOrganizationAsync(organization, db => db.VolunteerApplications.AnyAsync(a => a.Id == stillHere)));

        var deleted = await coordinator.SubmitFormAsync(Details(left) + "/delete", new Dictionary<string, string>(), "form[data-delete-form]");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.InOrganizationAsync(organization, db => db.VolunteerApplications.AnyAsync(a => a.Id == left)));
        Assert.False(await app.InOrganizationAsync(organization, db => db.VolunteerStageMoves.AnyAsync(m => m.ApplicationId == left)));
        Assert.True(await app.InOrganizationAsync(organization, db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.VolunteerApplicationDeleted && e.Subject == left.ToString())));
    }

    [Fact]
    public async Task CoordinatorHome_LinksToTheBoard_WithTheCountWaitingForAFirstConversation()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.AddApplicationAsync(organization, "Farah");
        await app.AddApplicationAsync(organization, "Gil");
        await app.AddApplicationAsync(organization, "Hana", VolunteerStage.Conversation);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var home = await (await coordinator.GetAsync("/home/coordinator")).ParseAsync();

        Assert.Equal("2", home.QuerySelector("[data-volunteers-waiting]")!.GetAttribute("data-volunteers-waiting"));
        Assert.NotNull(home.QuerySelector("a[href='/volunteers']"));
    }

    private static AngleSharp.Dom.IElement Section(AngleSharp.Dom.IDocument board, string stage) =>
        board.QuerySelector($"section[data-stage='{stage}']") ?? throw new InvalidOperationException($"No section {stage}");
}
