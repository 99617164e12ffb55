using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Feedback;
using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Groups;

[Collection(SharedApp.Name)]
public sealed class RunAndFeedbackTests(SharedCirclesApp app)
{
    private static async Task TapAsync(HttpClient facilitator, Guid sessionId, TestUser person, AttendanceStatus status)
    {
        var page = await (await facilitator.GetAsync($"/sessions/{sessionId}/run")).ParseAsync();
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector($"#person-{person.Id} form")!;
        var response = await facilitator.SubmitAsync(form, $"/sessions/{sessionId}/run", new Dictionary<string, string> { ["status"] = status.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Task<HttpResponseMessage> MarkHeldAsync(HttpClient facilitator, Guid sessionId) =>
        facilitator.SubmitFormAsync($"/sessions/{sessionId}/run", GroupArrangement.NoFields(), "form[action*='handler=Held']");

    private static Task<HttpResponseMessage> GiveFeedbackAsync(HttpClient member, Guid sessionId, int safe, string change) =>
        member.SubmitFormAsync($"/sessions/{sessionId}/feedback", new Dictionary<string, string>
        {
            ["Form.FeltSafe"] = safe.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Useful"] = "4",
            ["Form.ShouldChange"] = change,
        });

    [Fact]
    public async Task RunView_RecordsAttendanceInOneTapPerPerson_WalkInsAndHeld()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.AddUserAsync(organization.Id, Roles.Member);
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member, other]);
        var sessionId = await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddHours(-1));
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        await TapAsync(facilitator, sessionId, organization.Member, AttendanceStatus.Present);
        await TapAsync(facilitator, sessionId, other, AttendanceStatus.Excused);
        await TapAsync(facilitator, sessionId, organization.Member, AttendanceStatus.Absent); // a mistake, corrected
        await TapAsync(facilitator, sessionId, organization.Member, AttendanceStatus.Present);
        await facilitator.SubmitFormAsync($"/sessions/{sessionId}/run", new Dictionary<string, string> { ["WalkInGuests"] = "2", ["Notes"] = "Good energy" }, "form[action*='handler=Details']");
        Assert.Equal(HttpStatusCode.Redirect, (await MarkHeldAsync(facilitator, sessionId)).StatusCode);

        var recorded = await app.InOrganizationAsync(organization, db => db.Attendances.Where(a => a.SessionId == sessionId)
            .ToDictionaryAsync(a => a.UserId, a => a.Status));
        Assert.Equal(AttendanceStatus.Present, recorded[organization.Member.Id]);
        Assert.Equal(AttendanceStatus.Excused, recorded[other.Id]);
        var session = await app.InOrganizationAsync(organization, db => db.GroupSessions.SingleAsync(s => s.Id == sessionId));
        Assert.Equal(SessionStatus.Held, session.Status);
        Assert.Equal(2, session.WalkInGuests);
        // Only the person who came is asked for feedback.
        var asked = await app.InOrganizationAsync(organization, db => db.FeedbackRequests.Select(r => r.UserId).ToListAsync());
        Assert.Equal([organization.Member.Id], asked);
    }

    [Fact]
    public async Task RunView_WorksWithoutJavaScriptOnASmallScreen_AllActionsAreForms()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var sessionId = await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime);
        var page = await (await (await app.SignedInAsync(organization.Facilitator)).GetAsync($"/sessions/{sessionId}/run")).ParseAsync();

        Assert.Equal(3, page.QuerySelectorAll($"#person-{organization.Member.Id} button[type=submit][name=status]").Length);
        Assert.All(page.QuerySelectorAll("main button"), b => Assert.NotNull(b.Closest("form")));
        Assert.Contains("width=device-width", page.QuerySelector("meta[name=viewport]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public void Feedback_IsStoredWithoutAnyLinkToThePerson()
    {
        using var scope = app.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<CirclesDb>().Model.FindEntityType(typeof(FeedbackResponse))!;

        var columns = model.GetProperties().Select(p => p.Name).ToList();

        Assert.Equal(["Comment", "FeltSafe", "Id", "OrganizationId", "SessionId", "ShouldChange", "Useful"], columns.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(model.GetForeignKeys(), fk => fk.PrincipalEntityType.ClrType == typeof(CirclesUser));
        Assert.Equal(typeof(Guid), model.FindPrimaryKey()!.Properties.Single().ClrType); // no sequence that follows answer order
    }

    [Fact]
    public async Task Feedback_ShownToFacilitators_OnlyFromThreeAnswers_AndOnlyOncePerPerson()
    {
        var organization = await app.CreateOrganizationAsync();
        var members = new List<TestUser>();
        for (var i = 0; i < 3; i++)
        {
            members.Add(await app.AddUserAsync(organization.Id, Roles.Member));
        }
        var group = await app.CreateGroupAsync(organization, activeMembers: members);
        var sessionId = await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddHours(-2));
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        foreach (var member in members)
        {
            await TapAsync(facilitator, sessionId, member, AttendanceStatus.Present);
        }
        await MarkHeldAsync(facilitator, sessionId);

        var first = await app.SignedInAsync(members[0]);
        Assert.Equal(HttpStatusCode.Redirect, (await GiveFeedbackAsync(first, sessionId, 5, "More tea")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await first.GetAsync($"/sessions/{sessionId}/feedback")).StatusCode);
        await GiveFeedbackAsync(await app.SignedInAsync(members[1]), sessionId, 4, "");

        var tooFew = await (await facilitator.GetAsync($"/groups/{group.Id}/feedback")).ParseAsync();
        Assert.NotNull(tooFew.QuerySelector("[data-feedback-hidden]"));
        Assert.DoesNotContain("More tea", tooFew.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await GiveFeedbackAsync(await app.SignedInAsync(members[2]), sessionId, 3, "");
        var enough = await (await facilitator.GetAsync($"/groups/{group.Id}/feedback")).ParseAsync();
        Assert.Equal("4", enough.QuerySelector("[data-felt-safe]")!.TextContent);
        Assert.Contains("More tea", enough.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_ForASessionThePersonDidNotAttend_Is404()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var sessionId = await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddHours(-2));
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        await TapAsync(facilitator, sessionId, organization.Member, AttendanceStatus.Absent);
        await MarkHeldAsync(facilitator, sessionId);

        var response = await (await app.SignedInAsync(organization.Member)).GetAsync($"/sessions/{sessionId}/feedback");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
