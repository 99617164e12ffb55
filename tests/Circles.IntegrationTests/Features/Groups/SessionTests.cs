using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Groups;

[Collection(SharedApp.Name)]
public sealed class SessionTests(SharedCirclesApp app)
{
    [Fact]
    public async Task WeeklySeries_AcrossTheClockChange_StaysAtTheSameLocalTime()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, timeZone: "Europe/London");
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        var planned = await facilitator.SubmitFormAsync($"/groups/{group.Id}/sessions", new Dictionary<string, string>
        {
            ["Form.Date"] = "2027-03-18",
            ["Form.Time"] = "18:00",
            ["Form.DurationMinutes"] = "90",
            ["Form.Weeks"] = "3",
        });
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);

        var starts = await app.InOrganizationAsync(organization, db => db.GroupSessions.OrderBy(s => s.StartsAt).Select(s => s.StartsAt).ToListAsync());
        // London moves to summer time on 28 March 2027: 18:00 local is 18:00 UTC before, 17:00 UTC after.
        Assert.Equal(
            [new DateTime(2027, 3, 18, 18, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 25, 18, 0, 0, DateTimeKind.Utc), new DateTime(2027, 4, 1, 17, 0, 0, DateTimeKind.Utc)],
            starts);
        var list = await (await facilitator.GetAsync($"/groups/{group.Id}/sessions")).ParseAsync();
        var shown = list.QuerySelectorAll("main li time").Select(t => t.TextContent).ToList();
        Assert.Equal(3, shown.Count);
        Assert.All(shown, text => Assert.EndsWith("18:00", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Schedule_InThePast_IsRefusedAndKeepsTheForm()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        var refused = await facilitator.SubmitFormAsync($"/groups/{group.Id}/sessions", new Dictionary<string, string>
        {
            ["Form.Date"] = "2020-01-01",
            ["Form.Time"] = "19:30",
            ["Form.Weeks"] = "4",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Contains("in the future", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("4", page.QuerySelector("input[name='Form.Weeks']")!.GetAttribute("value"));
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.GroupSessions.CountAsync()));
    }

    [Fact]
    public async Task Cancel_WithAMessage_ShowsItToMembersOnTheirHome()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var sessionId = await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(2));
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        var cancelled = await facilitator.SubmitFormAsync($"/sessions/{sessionId}",
            new Dictionary<string, string> { ["CancelMessage"] = "Sorry, the room is closed this week." }, "form[action*='handler=Cancel']");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        var home = await (await (await app.SignedInAsync(organization.Member)).GetAsync("/home/member")).ParseAsync();
        Assert.Contains("Sorry, the room is closed this week.", home.QuerySelector("[data-cancelled-session]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_IsNotShownOnTheHomeOfSomeoneWhoTookABreakFromTheGroup()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        await app.CreateGroupAsync(organization, activeMembers: [organization.Member]); // still active in another group
        var sessionId = await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(2));
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        await facilitator.SubmitFormAsync($"/sessions/{sessionId}",
            new Dictionary<string, string> { ["CancelMessage"] = "Closed for painting." }, "form[action*='handler=Cancel']");
        var member = await app.SignedInAsync(organization.Member);

        var paused = await member.SubmitFormAsync($"/groups/{group.Id}", new Dictionary<string, string>(), "form[action*='handler=Pause']");
        Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);

        // The home reads cancellations for the member's active groups only: a break means no news from the group.
        var home = await (await member.GetAsync("/home/member")).ParseAsync();
        Assert.Null(home.QuerySelector("[data-cancelled-session]"));
    }

    [Fact]
    public async Task Agenda_ItemsCanBeAddedReorderedAndRemoved()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var sessionId = await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(2));
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var url = $"/sessions/{sessionId}";

        await facilitator.SubmitFormAsync(url, new Dictionary<string, string> { ["ItemTitle"] = "Check-in", ["ItemMinutes"] = "10" }, "form[action$='handler=AddItem']");
        await facilitator.SubmitFormAsync(url, GroupArrangement.NoFields(), "form[action*='openConversation=true']");
        await facilitator.SubmitFormAsync(url, GroupArrangement.NoFields(), "form[action*='by=-1']");

        var titles = await app.InOrganizationAsync(organization, db => db.AgendaItems.OrderBy(a => a.Position).Select(a => a.Title).ToListAsync());
        Assert.Equal(["Open conversation", "Check-in"], titles);

        await facilitator.SubmitFormAsync(url, GroupArrangement.NoFields(), "form[action*='handler=RemoveItem']");
        Assert.Equal(["Check-in"], await app.InOrganizationAsync(organization, db => db.AgendaItems.Select(a => a.Title).ToListAsync()));
    }

    [Fact]
    public async Task IcebreakerLibrary_HasAtLeastTwentyInEnglishAndSpanish_EachTagged()
    {
        var organization = await app.CreateOrganizationAsync();
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        var english = await (await facilitator.GetAsync("/icebreakers?language=en")).ParseAsync();
        var spanish = await (await facilitator.GetAsync("/icebreakers?language=es")).ParseAsync();
        var lowDisclosure = await (await facilitator.GetAsync("/icebreakers?tag=LowDisclosure")).ParseAsync();

        Assert.True(english.QuerySelectorAll("[data-icebreaker]").Length >= 20);
        Assert.True(spanish.QuerySelectorAll("[data-icebreaker]").Length >= 20);
        Assert.All(spanish.QuerySelectorAll("[data-icebreaker]"), item => Assert.Equal("es", item.GetAttribute("lang")));
        Assert.InRange(lowDisclosure.QuerySelectorAll("[data-icebreaker]").Length, 1, english.QuerySelectorAll("[data-icebreaker]").Length * 2 - 1);
        var tags = await app.InOrganizationAsync(organization, db => db.Icebreakers.Select(i => i.Tags).ToListAsync());
        Assert.All(tags, t => Assert.NotEqual(Circles.Web.Features.Icebreakers.IcebreakerTags.None, t));
    }

    [Fact]
    public async Task SessionPages_AsMemberOfAnotherGroup_Are404()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var sessionId = await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(2));
        var member = await app.SignedInAsync(organization.Member);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/sessions/{sessionId}/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/sessions/{sessionId}/run")).StatusCode);
    }
}
