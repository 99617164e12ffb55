using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Notifications;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Circles.IntegrationTests.Features.Peers;

/// <summary>Supervision check-ins, the wellbeing question, private notes, and who may be overloaded.</summary>
[Collection(SharedApp.Name)]
public sealed class SupervisionTests(SharedCirclesApp app)
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Overload_EachReason_IsShownInPlainWords_OverloadedFirst()
    {
        var organization = await app.CreateOrganizationAsync();
        var full = await app.AddPeerSupporterAsync(organization, capacity: 1);
        await app.AddActiveMatchAsync(organization, full, organization.Member);
        var heavy = await app.AddPeerSupporterAsync(organization);
        await app.AddCheckInAsync(organization, heavy, Now.AddDays(-3), heldAt: Now.AddDays(-3), wellbeing: 2);
        var overdue = await app.AddPeerSupporterAsync(organization, trainedAt: Now.AddDays(-7 * 5));
        await app.AddCheckInAsync(organization, overdue, Now.AddDays(-7 * 5 + 1), heldAt: Now.AddDays(-7 * 5 + 1), wellbeing: 4);
        var fine = await app.AddPeerSupporterAsync(organization, trainedAt: Now.AddDays(-7 * 5));
        await app.AddCheckInAsync(organization, fine, Now.AddDays(-7), heldAt: Now.AddDays(-7), wellbeing: 3);
        await app.AddCheckInAsync(organization, fine, Now.AddDays(7));
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var page = (await coordinator.GetPageAsync("/peers/supporters")).Document;

        string[] Reasons(Guid id) => [.. page.QuerySelectorAll($"[data-supporter='{id}'] [data-reason]").Select(r => r.GetAttribute("data-reason")!)];
        Assert.Equal(["capacity"], Reasons(full.Id));
        Assert.Contains("Full: supporting 1, with room for 1.", page.QuerySelector($"[data-supporter='{full.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["wellbeing"], Reasons(heavy.Id));
        Assert.Contains("was 2 of 5", page.QuerySelector($"[data-supporter='{heavy.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["overdue"], Reasons(overdue.Id));
        Assert.Empty(Reasons(fine.Id));
        // Overloaded people first; the one who is fine comes last.
        var order = page.QuerySelectorAll("[data-supporter]").Select(r => Guid.Parse(r.GetAttribute("data-supporter")!)).ToList();
        Assert.Equal(fine.Id, order[^1]);
        Assert.Equal(4, order.Count);
        // Someone with the role but no training marked is not a peer supporter yet.
        Assert.DoesNotContain(organization.PeerSupporter.Id, order);
        var home = (await coordinator.GetPageAsync("/home/coordinator")).Document;
        Assert.Equal("3", home.QuerySelector("[data-peers-overloaded]")!.GetAttribute("data-peers-overloaded"));
        Assert.Equal("/peers/supporters", home.QuerySelector("[data-peers-overloaded] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Overdue_StartsOnlyAfterTheirFirstPeriod_AndFollowsTheRhythm()
    {
        var organization = await app.CreateOrganizationAsync();
        var peer = await app.AddPeerSupporterAsync(organization, trainedAt: Now.AddDays(-7 * 3));
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        Assert.Null((await coordinator.GetPageAsync("/home/coordinator")).Document.QuerySelector("[data-peers-overloaded]"));

        var answer = await coordinator.SubmitFormAsync($"/peers/supporters/{peer.Id}", new Dictionary<string, string> { ["Rhythm.EveryWeeks"] = "2" }, "[data-rhythm-form]");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var page = (await coordinator.GetPageAsync("/peers/supporters")).Document;
        Assert.NotNull(page.QuerySelector($"[data-supporter='{peer.Id}'] [data-reason=overdue]"));
        Assert.Contains("No check-in held in the last 2 weeks.", page.QuerySelector($"[data-supporter='{peer.Id}']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rhythm_OutOfRange_KeepsInputAndSavesNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var peer = await app.AddPeerSupporterAsync(organization);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var answer = await coordinator.SubmitFormAsync($"/peers/supporters/{peer.Id}", new Dictionary<string, string> { ["Rhythm.EveryWeeks"] = "40" }, "[data-rhythm-form]");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var shown = await answer.ParseAsync();
        Assert.NotNull(shown.QuerySelector(".error-summary"));
        Assert.Equal("40", shown.QuerySelector<IHtmlInputElement>("#Rhythm_EveryWeeks")!.Value);
        Assert.Equal(4, await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.Where(p => p.UserId == peer.Id).Select(p => p.SupervisionEveryWeeks).SingleAsync()));
    }

    [Fact]
    public async Task Scheduling_TellsThePeer_AndTheyCanAnswerTheWellbeingQuestion_SeenOnlyByThemAndCoordinators()
    {
        var organization = await app.CreateOrganizationAsync();
        var peer = await app.AddPeerSupporterAsync(organization);
        var otherPeer = await app.AddPeerSupporterAsync(organization);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var when = Now.Date.AddDays(9);

        var scheduled = await coordinator.SubmitFormAsync($"/peers/supporters/{peer.Id}", new Dictionary<string, string>
        {
            ["Schedule.Date"] = when.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Schedule.Time"] = "14:30",
        }, "[data-schedule-form]");

        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var checkIn = await app.InOrganizationAsync(organization, db => db.SupervisionCheckIns.SingleAsync());
        Assert.Equal(when.AddHours(14.5), checkIn.ScheduledFor);
        var notification = await app.InOrganizationAsync(organization, db => db.Notifications.SingleAsync(n => n.UserId == peer.Id));
        Assert.Equal(NotificationKind.SupervisionScheduled, notification.Kind);
        Assert.Equal("/peers/supervision", notification.Link);

        var peerClient = await app.SignedInAsync(peer);
        Assert.Contains("Next check-in:", (await peerClient.GetPageAsync("/home/peer")).Document.QuerySelector("[data-next-checkin]")!.TextContent, StringComparison.Ordinal);
        var answered = await peerClient.SubmitFormAsync("/peers/supervision", new Dictionary<string, string> { ["wellbeing"] = "1" }, "[data-next-checkin] form");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.SupervisionCheckIns.Select(c => c.Wellbeing).SingleAsync()));

        var coordinatorView = (await coordinator.GetPageAsync($"/peers/supporters/{peer.Id}")).Document;
        Assert.True(coordinatorView.QuerySelector<IHtmlInputElement>($"[data-checkin='{checkIn.Id}'] input[name='Record.Wellbeing'][value='1']")!.IsChecked);
        Assert.NotNull((await coordinator.GetPageAsync("/peers/supporters")).Document.QuerySelector($"[data-supporter='{peer.Id}'] [data-reason=wellbeing]"));
        Assert.NotNull((await peerClient.GetPageAsync("/peers/supervision")).Document.QuerySelector("[data-wellbeing='1']"));

        var other = await app.SignedInAsync(otherPeer);
        Assert.Null((await other.GetPageAsync("/peers/supervision")).Document.QuerySelector("[data-checkin]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/peers/supporters/{peer.Id}")).StatusCode);
        // Nor can they answer someone else's check-in.
        var forged = await other.PostWithTokenAsync("/peers/supervision", "/peers/supervision?handler=Answer",
            new Dictionary<string, string> { ["checkInId"] = checkIn.Id.ToString(), ["wellbeing"] = "5" });
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.SupervisionCheckIns.Select(c => c.Wellbeing).SingleAsync()));
    }

    /// <summary>SEC-27 and SEC-20: the note is encrypted at rest and readable only by the peer supporter and coordinators.</summary>
    [Fact]
    public async Task SupervisionNote_IsEncrypted_AndShownOnlyToThePeerAndCoordinators()
    {
        var organization = await app.CreateOrganizationAsync();
        var peer = await app.AddPeerSupporterAsync(organization);
        var otherPeer = await app.AddPeerSupporterAsync(organization);
        var checkInId = await app.AddCheckInAsync(organization, peer, Now.AddDays(-1));
        var canary = "canary-note-" + Guid.NewGuid().ToString("N");
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var recorded = await coordinator.SubmitFormAsync($"/peers/supporters/{peer.Id}", new Dictionary<string, string>
        {
            ["Record.Note"] = canary,
            ["Record.Wellbeing"] = "4",
            ["Record.Held"] = "true",
        }, $"[data-checkin='{checkInId}'] form");

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var stored = await app.InOrganizationAsync(organization, db => db.SupervisionCheckIns.SingleAsync(c => c.Id == checkInId));
        Assert.Equal(Now, stored.HeldAt);
        Assert.Equal(4, stored.Wellbeing);
        Assert.DoesNotContain(canary, await app.RawDatabaseTextAsync(), StringComparison.Ordinal);
        Assert.Contains(canary, await (await coordinator.GetAsync($"/peers/supporters/{peer.Id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(canary, await (await (await app.SignedInAsync(peer)).GetAsync("/peers/supervision")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(canary, await (await (await app.SignedInAsync(otherPeer)).GetAsync("/peers/supervision")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var facilitatorAnswer = await facilitator.GetAsync($"/peers/supporters/{peer.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, facilitatorAnswer.StatusCode);
        Assert.DoesNotContain(canary, await facilitatorAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_ChangedInTheMeantime_IsNotOverwritten()
    {
        var organization = await app.CreateOrganizationAsync();
        var peer = await app.AddPeerSupporterAsync(organization);
        var checkInId = await app.AddCheckInAsync(organization, peer, Now.AddDays(2));
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var stale = (IHtmlFormElement)(await coordinator.GetPageAsync($"/peers/supporters/{peer.Id}")).Document.QuerySelector($"[data-checkin='{checkInId}'] form")!;
        var peerClient = await app.SignedInAsync(peer);
        await peerClient.SubmitFormAsync("/peers/supervision", new Dictionary<string, string> { ["wellbeing"] = "2" }, "[data-next-checkin] form");

        var answer = await coordinator.SubmitAsync(stale, $"/peers/supporters/{peer.Id}", new Dictionary<string, string> { ["Record.Wellbeing"] = "5" });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Someone else changed this in the meantime", (await answer.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await app.InOrganizationAsync(organization, db => db.SupervisionCheckIns.Select(c => c.Wellbeing).SingleAsync()));
    }

    /// <summary>SEC-19: another organization's peer supporter is not found, for reading or writing.</summary>
    [Fact]
    public async Task AnotherOrganizationsPeerSupporter_Is404()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var theirPeer = await app.AddPeerSupporterAsync(other);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/peers/supporters/{theirPeer.Id}")).StatusCode);
        var posted = await coordinator.PostWithTokenAsync("/peers/supporters", $"/peers/supporters/{theirPeer.Id}?handler=Schedule",
            new Dictionary<string, string> { ["Schedule.Date"] = "2030-01-01", ["Schedule.Time"] = "10:00" });
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.False(await app.InOrganizationAsync(other, db => db.SupervisionCheckIns.AnyAsync()));
        Assert.Null((await coordinator.GetPageAsync("/peers/supporters")).Document.QuerySelector($"[data-supporter='{theirPeer.Id}']"));
    }
}
