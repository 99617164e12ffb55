using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Volunteers;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Volunteers;

/// <summary>
/// Moving people through the volunteer pipeline (issue 15): the stage rules with their messages,
/// dated moves with a note and who moved them, the screening gate (done and when, never what was
/// found), and two coordinators moving the same person at once (SEC-43).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class StageMoveTests(SharedCirclesApp app)
{
    private static string Details(Guid id) => $"/volunteers/{id}";

    private static Dictionary<string, string> MoveTo(VolunteerStage to, DateOnly on, string note = "") => new()
    {
        ["Move.To"] = to.ToString(),
        ["Move.On"] = on.Iso(),
        ["Move.Note"] = note,
    };

    private async Task<HttpResponseMessage> MoveAsync(HttpClient coordinator, Guid id, VolunteerStage to, DateOnly? on = null, string note = "") =>
        await coordinator.SubmitFormAsync(Details(id), MoveTo(to, on ?? app.Today(), note), "form[data-move-form]");

    private static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        return page.QuerySelector(".error-summary")?.TextContent ?? throw new InvalidOperationException("No refusal shown");
    }

    [Fact]
    public async Task Move_Forward_IsDatedWithNoteAndWhoMoved_AndAuditedWithoutTheNote()
    {
        var organization = await app.CreateOrganizationAsync();
        var id = await app.AddApplicationAsync(organization, appliedAt: app.Clock.GetUtcNow().UtcDateTime.AddDays(-5));
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var on = app.Today().AddDays(-2);

        var moved = await MoveAsync(coordinator, id, VolunteerStage.Conversation, on, "Met at the library, very warm.");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var (application, move, audit) = await app.InOrganizationAsync(organization, async db => (
            await db.VolunteerApplications.SingleAsync(a => a.Id == id),
            await db.VolunteerStageMoves.SingleAsync(m => m.ApplicationId == id),
            await db.AuditEvents.Where(e => e.Action == AuditActions.VolunteerMoved).ToListAsync()));
        Assert.Equal(VolunteerStage.Conversation, application.Stage);
        Assert.Equal(on, DateOnly.FromDateTime(application.StageEnteredAt));
        Assert.Equal((VolunteerStage.Interest, VolunteerStage.Conversation, on), (move.From, move.To, move.On));
        Assert.Equal("Met at the library, very warm.", move.Note);
        Assert.Equal(organization.Coordinator.Id, move.MovedByUserId);
        var entry = Assert.Single(audit);
        Assert.DoesNotContain("library", entry.Subject ?? "", StringComparison.Ordinal);

        var page = await (await coordinator.GetAsync(Details(id))).ParseAsync();
        var history = page.QuerySelector("[data-history]")!.TextContent;
        Assert.Contains("Met at the library, very warm.", history, StringComparison.Ordinal);
        Assert.Contains(organization.Coordinator.UserName, history, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(VolunteerStage.Interest, VolunteerStage.Screening, "from Interest the next stage is Conversation")]
    [InlineData(VolunteerStage.Interest, VolunteerStage.Active, "from Interest the next stage is Conversation")]
    [InlineData(VolunteerStage.Training, VolunteerStage.Conversation, "from Training the next stage is Active")]
    [InlineData(VolunteerStage.Active, VolunteerStage.Training, "Active is the last stage")]
    [InlineData(VolunteerStage.Conversation, VolunteerStage.Conversation, "They are already in Conversation")]
    public async Task Move_Forbidden_IsRefusedWithWhy_AndKeepsWhatWasTyped(VolunteerStage from, VolunteerStage to, string why)
    {
        var organization = await app.CreateOrganizationAsync();
        var id = await app.AddApplicationAsync(organization, stage: from);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var refused = await MoveAsync(coordinator, id, to, note: "Typed before the refusal");

        Assert.Contains(why, await RefusalAsync(refused), StringComparison.Ordinal);
        var page = await refused.ParseAsync();
        Assert.Equal("Typed before the refusal", page.QuerySelector("textarea[name='Move.Note']")!.TextContent.Trim());
        Assert.Equal(from, await app.InOrganizationAsync(organization, db => db.VolunteerApplications.Where(a => a.Id == id).Select(a => a.Stage).SingleAsync()));
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.VolunteerStageMoves.CountAsync(m => m.ApplicationId == id)));
    }

    [Fact]
    public async Task Move_FromPaused_GoesBackOnlyToTheStageTheyPausedIn_OrLeft_AndLeftIsFinal()
    {
        var organization = await app.CreateOrganizationAsync();
        var id = await app.AddApplicationAsync(organization, stage: VolunteerStage.Training, appliedAt: app.Clock.GetUtcNow().UtcDateTime.AddDays(-30));
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(coordinator, id, VolunteerStage.Paused, app.Today().AddDays(-3), "Exams")).StatusCode);

        var refused = await MoveAsync(coordinator, id, VolunteerStage.Active);
        Assert.Contains("back to the stage they paused in (Training)", await RefusalAsync(refused), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(coordinator, id, VolunteerStage.Training)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(coordinator, id, VolunteerStage.Left, note: "Moved away")).StatusCode);

        // Left is final: no way to move them (a hand-made move: Move_FromLeft_PostedByHand_IsRefused).
        var page = await (await coordinator.GetAsync(Details(id))).ParseAsync();
        Assert.Null(page.QuerySelector("form[data-move-form]"));
        Assert.Contains("If they come back, they apply again", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_FromLeft_PostedByHand_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var left = await app.AddApplicationAsync(organization, stage: VolunteerStage.Left);
        var other = await app.AddApplicationAsync(organization);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var (_, page) = await coordinator.GetPageAsync(Details(other));
        var form = (IHtmlFormElement)page.QuerySelector("form[data-move-form]")!;
        var leftVersion = await app.InOrganizationAsync(organization, db => db.VolunteerApplications.Where(a => a.Id == left).Select(a => a.Version).SingleAsync());
        form.SetAttribute("action", $"/volunteers/{left}?handler=Move");

        var refused = await coordinator.SubmitAsync(form, Details(left), new Dictionary<string, string>(MoveTo(VolunteerStage.Interest, app.Today())) { ["Version"] = leftVersion.ToString() });

        Assert.Contains("If they come back, they apply again", await RefusalAsync(refused), StringComparison.Ordinal);
        Assert.Equal(VolunteerStage.Left, await app.InOrganizationAsync(organization, db => db.VolunteerApplications.Where(a => a.Id == left).Select(a => a.Stage).SingleAsync()));
    }

    [Fact]
    public async Task Move_DatedInTheFutureOrBeforeThePreviousMove_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var today = app.Today();
        var id = await app.AddApplicationAsync(organization, stage: VolunteerStage.Conversation, appliedAt: app.Clock.GetUtcNow().UtcDateTime.AddDays(-20),
            moves: [(VolunteerStage.Interest, VolunteerStage.Conversation, today.AddDays(-10))]);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        Assert.Contains("cannot be in the future", await RefusalAsync(await MoveAsync(coordinator, id, VolunteerStage.Screening, today.AddDays(1))), StringComparison.Ordinal);
        Assert.Contains("cannot be before", await RefusalAsync(await MoveAsync(coordinator, id, VolunteerStage.Screening, today.AddDays(-11))), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(coordinator, id, VolunteerStage.Screening, today.AddDays(-10))).StatusCode);
    }

    [Fact]
    public async Task Move_NoteLongerThan1000Characters_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var id = await app.AddApplicationAsync(organization);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var refused = await MoveAsync(coordinator, id, VolunteerStage.Conversation, note: new string('a', 1001));

        Assert.Contains("at most 1000 characters", await RefusalAsync(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_ScreeningToTraining_NeedsReferencesAndBackgroundCheckRecordedAsDoneWithDates()
    {
        var organization = await app.CreateOrganizationAsync();
        var id = await app.AddApplicationAsync(organization, stage: VolunteerStage.Screening, appliedAt: app.Clock.GetUtcNow().UtcDateTime.AddDays(-30));
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        Assert.Contains("Record the references and the background check", await RefusalAsync(await MoveAsync(coordinator, id, VolunteerStage.Training)), StringComparison.Ordinal);

        // The screening form records that a check was done and when: no field for what it found.
        var (_, page) = await coordinator.GetPageAsync(Details(id));
        var screening = page.QuerySelector("form[data-screening-form]")!;
        Assert.Empty(screening.QuerySelectorAll("textarea, input[type='text'], input:not([type])"));
        var recorded = await coordinator.SubmitFormAsync(Details(id), new Dictionary<string, string> { ["Screening.Kind"] = "References", ["Screening.DoneOn"] = app.Today().AddDays(-4).Iso() }, "form[data-screening-form]");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("Record the references and the background check", await RefusalAsync(await MoveAsync(coordinator, id, VolunteerStage.Training)), StringComparison.Ordinal);
        Assert.Contains("cannot be in the future", await RefusalAsync(await coordinator.SubmitFormAsync(Details(id),
            new Dictionary<string, string> { ["Screening.Kind"] = "BackgroundCheck", ["Screening.DoneOn"] = app.Today().AddDays(1).Iso() }, "form[data-screening-form]")), StringComparison.Ordinal);
        await coordinator.SubmitFormAsync(Details(id), new Dictionary<string, string> { ["Screening.Kind"] = "BackgroundCheck", ["Screening.DoneOn"] = app.Today().AddDays(-2).Iso() }, "form[data-screening-form]");

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(coordinator, id, VolunteerStage.Training)).StatusCode);
        var checks = await app.InOrganizationAsync(organization, db => db.VolunteerScreeningChecks.Where(c => c.ApplicationId == id).ToListAsync());
        Assert.Equal([(ScreeningCheckKind.References, app.Today().AddDays(-4)), (ScreeningCheckKind.BackgroundCheck, app.Today().AddDays(-2))],
            checks.OrderBy(c => c.Kind).Select(c => (c.Kind, c.DoneOn)));
        Assert.All(checks, c => Assert.Equal(organization.Coordinator.Id, c.RecordedByUserId));
        var shown = (await (await coordinator.GetAsync(Details(id))).ParseAsync()).QuerySelector("[data-screening='BackgroundCheck']")!.TextContent;
        Assert.Contains("done on", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_ByTwoCoordinatorsAtOnce_TheSecondSeesTheConflict_Sec43()
    {
        var organization = await app.CreateOrganizationAsync();
        var id = await app.AddApplicationAsync(organization);
        var first = await app.SignedInAsync(organization.Coordinator);
        var second = await app.SignedInAsync(await app.AddUserAsync(organization.Id, Circles.Web.Accounts.Roles.Coordinator));
        var (_, secondsPage) = await second.GetPageAsync(Details(id));

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(first, id, VolunteerStage.Conversation)).StatusCode);
        var late = await second.SubmitAsync((IHtmlFormElement)secondsPage.QuerySelector("form[data-move-form]")!, Details(id), MoveTo(VolunteerStage.Paused, app.Today(), "Second coordinator's note"));

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var page = await late.ParseAsync();
        Assert.NotNull(page.QuerySelector("[data-conflict]"));
        Assert.Equal("Second coordinator's note", page.QuerySelector("textarea[name='Move.Note']")!.TextContent.Trim());
        var moves = await app.InOrganizationAsync(organization, db => db.VolunteerStageMoves.Where(m => m.ApplicationId == id).Select(m => m.To).ToListAsync());
        Assert.Equal([VolunteerStage.Conversation], moves);
    }
}
