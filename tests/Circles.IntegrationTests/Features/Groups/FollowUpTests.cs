using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.FollowUps;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Groups;

/// <summary>The N-absences rule, and SEC-7: a follow-up only offers the channels the member chose.</summary>
[Collection(SharedApp.Name)]
public sealed class FollowUpTests(SharedCirclesApp app)
{
    /// <summary>Sessions are placed a day apart in the past, each later than the one before.</summary>
    private int _daysAgo = 60;

    /// <summary>Holds <paramref name="count"/> sessions with the given attendance for one member.</summary>
    private async Task HoldSessionsAsync(TestOrganization organization, Guid groupId, TestUser member, int count, AttendanceStatus status)
    {
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        for (var i = 0; i < count; i++)
        {
            var sessionId = await app.CreateSessionAsync(organization, groupId, app.Clock.GetUtcNow().UtcDateTime.AddDays(-_daysAgo--));
            var page = await (await facilitator.GetAsync($"/sessions/{sessionId}/run")).ParseAsync();
            var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector($"#person-{member.Id} form")!;
            await facilitator.SubmitAsync(form, $"/sessions/{sessionId}/run", new Dictionary<string, string> { ["status"] = status.ToString() });
            var held = await facilitator.SubmitFormAsync($"/sessions/{sessionId}/run", GroupArrangement.NoFields(), "form[action*='handler=Held']");
            Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        }
    }

    private Task<int> OpenTasksAsync(TestOrganization organization) =>
        app.InOrganizationAsync(organization, db => db.FollowUpTasks.CountAsync(t => t.Outcome == null));

    [Fact]
    public async Task ThreeAbsencesInARow_CreateOneFollowUp_TwoDoNot()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);

        await HoldSessionsAsync(organization, group.Id, organization.Member, 2, AttendanceStatus.Absent);
        Assert.Equal(0, await OpenTasksAsync(organization));

        await HoldSessionsAsync(organization, group.Id, organization.Member, 1, AttendanceStatus.Absent);
        Assert.Equal(1, await OpenTasksAsync(organization));

        await HoldSessionsAsync(organization, group.Id, organization.Member, 1, AttendanceStatus.Absent);
        Assert.Equal(1, await OpenTasksAsync(organization)); // no second task while one is open
    }

    [Fact]
    public async Task ExcusedAbsences_DoNotCount()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);

        await HoldSessionsAsync(organization, group.Id, organization.Member, 3, AttendanceStatus.Excused);

        Assert.Equal(0, await OpenTasksAsync(organization));
    }

    [Fact]
    public async Task GroupThreshold_IsRespected()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member], absenceThreshold: 2);

        await HoldSessionsAsync(organization, group.Id, organization.Member, 2, AttendanceStatus.Absent);

        Assert.Equal(1, await OpenTasksAsync(organization));
    }

    [Fact]
    public async Task MemberWhoPaused_GetsNoFollowUp_AndOpenOnesDisappear()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        await HoldSessionsAsync(organization, group.Id, organization.Member, 3, AttendanceStatus.Absent);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        Assert.Single((await (await facilitator.GetAsync("/follow-ups")).ParseAsync()).QuerySelectorAll("[data-follow-up]"));

        await (await app.SignedInAsync(organization.Member)).SubmitFormAsync($"/groups/{group.Id}", GroupArrangement.NoFields(), "form[action*='handler=Pause']");

        Assert.Empty((await (await facilitator.GetAsync("/follow-ups")).ParseAsync()).QuerySelectorAll("[data-follow-up]"));
        await app.InOrganizationAsync(organization, async db =>
        {
            await new SessionClosing(db, app.Clock).CreateFollowUpsAsync(await db.SupportGroups.SingleAsync(), app.Clock.GetUtcNow().UtcDateTime, default);
            await db.SaveChangesAsync();
            return 0;
        });
        Assert.Equal(1, await OpenTasksAsync(organization)); // still only the old one, which nobody sees
    }

    [Fact]
    public async Task FollowUp_ShowsOnlyTheChannelsTheMemberChose_WithTheirTimeAndCodeWord()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var member = await app.SignedInAsync(organization.Member);
        var saved = await member.SubmitFormAsync("/me/contact", new Dictionary<string, string>
        {
            ["Form.Channels"] = "TextMessage",
            ["Form.Phone"] = "+44 7700 900123",
            ["Form.SafeTimeWindow"] = "weekdays 10 to 12",
            ["Form.CodeWord"] = "sunflower",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await HoldSessionsAsync(organization, group.Id, organization.Member, 3, AttendanceStatus.Absent);

        var page = await (await (await app.SignedInAsync(organization.Facilitator)).GetAsync("/follow-ups")).ParseAsync();
        var task = page.QuerySelector("[data-follow-up]")!;

        Assert.Equal(["TextMessage"], task.QuerySelectorAll("[data-channel]").Select(c => c.GetAttribute("data-channel")));
        Assert.Contains("+44 7700 900123", task.TextContent, StringComparison.Ordinal);
        Assert.Contains("weekdays 10 to 12", task.TextContent, StringComparison.Ordinal);
        Assert.Contains("sunflower", task.TextContent, StringComparison.Ordinal);
        Assert.Contains(organization.Member.UserName, task.QuerySelector("[data-suggested-message]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_WithoutChoices_OffersOnlyAMessageInCircles()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        await HoldSessionsAsync(organization, group.Id, organization.Member, 3, AttendanceStatus.Absent);

        var page = await (await (await app.SignedInAsync(organization.Facilitator)).GetAsync("/follow-ups")).ParseAsync();

        Assert.Equal(["InApp"], page.QuerySelectorAll("[data-channel]").Select(c => c.GetAttribute("data-channel")));
    }

    [Fact]
    public async Task ContactDetails_AreEncryptedAtRest()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        await member.SubmitFormAsync("/me/contact", new Dictionary<string, string>
        {
            ["Form.Channels"] = "PhoneCall",
            ["Form.Phone"] = "+1 555 0100 777",
            ["Form.CodeWord"] = "canary-codeword-91",
        });

        var stored = await app.InOrganizationAsync(organization, db => db.ContactPreferences.SingleAsync());

        Assert.DoesNotContain("555", stored.ProtectedPhone, StringComparison.Ordinal);
        Assert.DoesNotContain("canary-codeword-91", stored.ProtectedCodeWord, StringComparison.Ordinal);
        var page = await (await member.GetAsync("/me/contact")).ParseAsync();
        Assert.Equal("+1 555 0100 777", page.QuerySelector("input[name='Form.Phone']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Outcome_PausedByChoice_ClosesTheTaskAndPausesTheMembership()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        await HoldSessionsAsync(organization, group.Id, organization.Member, 3, AttendanceStatus.Absent);
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        await facilitator.SubmitFormAsync("/follow-ups", new Dictionary<string, string> { ["outcome"] = "PausedByChoice" }, "form[action*='handler=Outcome']");

        Assert.Equal(FollowUpOutcome.PausedByChoice, await app.InOrganizationAsync(organization, db => db.FollowUpTasks.Select(t => t.Outcome).SingleAsync()));
        Assert.Equal(MembershipStatus.Paused, await app.InOrganizationAsync(organization, db => db.GroupMemberships.Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task FollowUps_OfAnotherFacilitatorsGroup_AreNotShown()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        await HoldSessionsAsync(organization, group.Id, organization.Member, 3, AttendanceStatus.Absent);
        var otherFacilitator = await app.AddUserAsync(organization.Id, Roles.Facilitator);

        var page = await (await (await app.SignedInAsync(otherFacilitator)).GetAsync("/follow-ups")).ParseAsync();

        Assert.Empty(page.QuerySelectorAll("[data-follow-up]"));
    }
}
