using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Feedback;
using Circles.Web.Features.FormatChanges;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.FormatChanges;

/// <summary>
/// Issue 16, "feedback that changes the format": the group's history of changes (recorded by its
/// facilitators and the coordinators, SEC-19; edits detect conflicts, SEC-43), the automatic entry
/// when the group edit page changes the format, the feedback timeline with the changes between the
/// sessions and their before/after figures (the k ≥ 3 rule of the anonymous feedback, which has no SEC number of its own), and "You said…, we changed…"
/// for the group's own members.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class FormatChangeTests(SharedCirclesApp app)
{
    private DateOnly Today => DateOnly.FromDateTime(SessionTimes.ToLocal(app.Clock.GetUtcNow().UtcDateTime, "Europe/London"));

    private static Dictionary<string, string> ChangeFields(DateOnly day, string what, bool feedback = false, string youSaid = "", string weChanged = "", FormatChangeArea area = FormatChangeArea.Agenda) => new()
    {
        ["Form.TookEffectOn"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Form.Area"] = area.ToString(),
        ["Form.WhatChanged"] = what,
        ["Form.BecauseOfFeedback"] = feedback ? "true" : "false",
        ["Form.YouSaid"] = youSaid,
        ["Form.WeChanged"] = weChanged,
    };

    /// <summary>A held session on a day (18:00 UTC, the same day in London), with anonymous answers and an agenda, straight in the database.</summary>
    private Task<Guid> HeldSessionAsync(TestOrganization organization, Guid groupId, DateOnly day, int[] feltSafe, int useful = 4, params string[] agenda) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var session = new GroupSession
            {
                GroupId = groupId, StartsAt = day.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc), Status = SessionStatus.Held,
                HeldAt = day.ToDateTime(new TimeOnly(19, 30), DateTimeKind.Utc),
            };
            db.GroupSessions.Add(session);
            foreach (var safe in feltSafe)
            {
                db.FeedbackResponses.Add(new FeedbackResponse { SessionId = session.Id, FeltSafe = safe, Useful = useful });
            }
            for (var i = 0; i < agenda.Length; i++)
            {
                db.AgendaItems.Add(new AgendaItem { SessionId = session.Id, Position = i, Title = agenda[i] });
            }
            await db.SaveChangesAsync();
            return session.Id;
        });

    private Task<Guid> ChangeAsync(TestOrganization organization, Guid groupId, DateOnly day, string what, bool feedback = false, string youSaid = "", string weChanged = "") =>
        app.InOrganizationAsync(organization, async db =>
        {
            var change = new GroupFormatChange
            {
                GroupId = groupId, TookEffectOn = day, Area = FormatChangeArea.Agenda, WhatChanged = what,
                BecauseOfFeedback = feedback, YouSaid = youSaid, WeChanged = weChanged,
                RecordedByUserId = organization.Facilitator.Id, RecordedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.GroupFormatChanges.Add(change);
            await db.SaveChangesAsync();
            return change.Id;
        });

    /// <summary>A second group of the same organization that the organization's facilitator does not run.</summary>
    private async Task<(GroupArrangement.ArrangedGroup Group, TestUser Facilitator)> OtherGroupAsync(TestOrganization organization, IEnumerable<TestUser>? members = null)
    {
        var group = await app.CreateGroupAsync(organization, activeMembers: members);
        var facilitator = await app.AddUserAsync(organization.Id, Roles.Facilitator);
        await app.InOrganizationAsync(organization, async db =>
        {
            db.GroupFacilitators.RemoveRange(db.GroupFacilitators.Where(f => f.GroupId == group.Id));
            db.GroupFacilitators.Add(new GroupFacilitator { GroupId = group.Id, UserId = facilitator.Id });
            await db.SaveChangesAsync();
        });
        return (group, facilitator);
    }

    [Fact]
    public async Task Facilitator_RecordsEditsAndDeletesAChange()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        var saved = await facilitator.SubmitFormAsync($"/groups/{group.Id}/changes/new",
            ChangeFields(Today.AddDays(-3), "Tea break halfway through", feedback: true, youSaid: "Sessions felt long", weChanged: "A short tea break halfway"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var change = await app.InOrganizationAsync(organization, db => db.GroupFormatChanges.SingleAsync(c => c.GroupId == group.Id));
        Assert.Equal((organization.Facilitator.Id, Today.AddDays(-3), FormatChangeArea.Agenda, true), (change.RecordedByUserId!.Value, change.TookEffectOn, change.Area, change.BecauseOfFeedback));
        var list = await (await facilitator.GetAsync($"/groups/{group.Id}/changes")).ParseAsync();
        Assert.Contains("Tea break halfway through", list.QuerySelector($"[data-change='{change.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(organization.Facilitator.UserName, list.QuerySelector($"[data-change='{change.Id}']")!.TextContent, StringComparison.Ordinal);

        var edited = await facilitator.SubmitFormAsync($"/groups/{group.Id}/changes/{change.Id}/edit",
            new Dictionary<string, string> { ["Form.WhatChanged"] = "Tea break after the check-in round", ["Form.BecauseOfFeedback"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        change = await app.InOrganizationAsync(organization, db => db.GroupFormatChanges.SingleAsync(c => c.Id == change.Id));
        Assert.Equal(("Tea break after the check-in round", false, ""), (change.WhatChanged, change.BecauseOfFeedback, change.YouSaid));

        var deleted = await facilitator.SubmitFormAsync($"/groups/{group.Id}/changes/{change.Id}/delete", GroupArrangement.NoFields());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.InOrganizationAsync(organization, db => db.GroupFormatChanges.AnyAsync(c => c.Id == change.Id)));
    }

    [Fact]
    public async Task Coordinator_RecordsToo_MembersAre403_AnotherGroupsFacilitatorAndAnotherOrganizationAre404()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var changeId = await ChangeAsync(organization, group.Id, Today, "Circle of chairs");
        var (otherGroup, otherFacilitator) = await OtherGroupAsync(organization);
        var otherChangeId = await ChangeAsync(organization, otherGroup.Id, Today, "Elsewhere");
        var stranger = await app.CreateOrganizationAsync();
        var pages = new[]
        {
            $"/groups/{group.Id}/changes", $"/groups/{group.Id}/changes/new",
            $"/groups/{group.Id}/changes/{changeId}/edit", $"/groups/{group.Id}/changes/{changeId}/delete", $"/groups/{group.Id}/feedback",
        };

        var coordinator = await app.SignedInAsync(organization.Coordinator);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitFormAsync($"/groups/{group.Id}/changes/new", ChangeFields(Today, "Shorter opening round"))).StatusCode);
        var member = await app.SignedInAsync(organization.Member);
        var outsider = await app.SignedInAsync(otherFacilitator);
        var otherOrganization = await app.SignedInAsync(stranger.Coordinator);
        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(page)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(page)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(page)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherOrganization.GetAsync(page)).StatusCode);
        }
        // A change is found only through its own group: another group's change under this group's address is 404.
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync($"/groups/{group.Id}/changes/{otherChangeId}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync($"/groups/{group.Id}/changes/{otherChangeId}/delete")).StatusCode);
        Assert.Equal(2, await app.InOrganizationAsync(organization, db => db.GroupFormatChanges.CountAsync(c => c.GroupId == group.Id)));
    }

    [Fact]
    public async Task Validation_KeepsWhatWasTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        var missing = await facilitator.SubmitFormAsync($"/groups/{group.Id}/changes/new",
            ChangeFields(Today, "We start with a breathing exercise", feedback: true, weChanged: "A calmer start"));
        var tooLong = await facilitator.SubmitFormAsync($"/groups/{group.Id}/changes/new", ChangeFields(Today, new string('a', 301)));
        var empty = await facilitator.SubmitFormAsync($"/groups/{group.Id}/changes/new", ChangeFields(Today, "  "));

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var page = await missing.ParseAsync();
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal("We start with a breathing exercise", page.QuerySelector("#Form_WhatChanged")!.TextContent);
        Assert.Equal("A calmer start", page.QuerySelector("#Form_WeChanged")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Form_TookEffectOn[value]"));
        Assert.NotNull((await tooLong.ParseAsync()).QuerySelector(".error-summary"));
        Assert.NotNull((await empty.ParseAsync()).QuerySelector(".error-summary"));
        Assert.False(await app.InOrganizationAsync(organization, db => db.GroupFormatChanges.AnyAsync()));
        // The form asks for a summary, never a quote.
        Assert.Contains("never a quote", page.QuerySelector("#feedback-hint")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentEdit_IsAConflict_AndKeepsWhatWasTyped_DeleteToo()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var changeId = await ChangeAsync(organization, group.Id, Today, "Chairs in a circle");
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var edit = $"/groups/{group.Id}/changes/{changeId}/edit";
        var (_, stalePage) = await coordinator.GetPageAsync(edit);
        var (_, staleDelete) = await coordinator.GetPageAsync($"/groups/{group.Id}/changes/{changeId}/delete");

        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitFormAsync(edit, new Dictionary<string, string> { ["Form.WhatChanged"] = "Chairs in a horseshoe" })).StatusCode);
        var conflict = await coordinator.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)stalePage.QuerySelector("main form")!, edit,
            new Dictionary<string, string> { ["Form.WhatChanged"] = "Chairs in two rows" });
        var deleteConflict = await coordinator.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)staleDelete.QuerySelector("main form")!, $"/groups/{group.Id}/changes/{changeId}/delete", GroupArrangement.NoFields());

        var page = await conflict.ParseAsync();
        Assert.NotNull(page.QuerySelector("[data-conflict]"));
        Assert.Equal("Chairs in two rows", page.QuerySelector("#Form_WhatChanged")!.TextContent);
        Assert.NotNull((await deleteConflict.ParseAsync()).QuerySelector("[data-conflict]"));
        var stored = await app.InOrganizationAsync(organization, db => db.GroupFormatChanges.SingleAsync(c => c.Id == changeId));
        Assert.Equal("Chairs in a horseshoe", stored.WhatChanged);
    }

    [Fact]
    public async Task EditingTheGroupsFormat_RecordsAnAutomaticEntry_InTheReadersLanguage()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitFormAsync($"/groups/{group.Id}/edit", new Dictionary<string, string> { ["Form.Name"] = "Renamed circle" })).StatusCode);
        Assert.False(await app.InOrganizationAsync(organization, db => db.GroupFormatChanges.AnyAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitFormAsync($"/groups/{group.Id}/edit", new Dictionary<string, string>
        {
            ["Form.Format"] = nameof(GroupFormat.Hybrid),
            ["Form.MeetingPattern"] = "Thursdays at 18:00",
        })).StatusCode);

        var changes = await app.InOrganizationAsync(organization, db => db.GroupFormatChanges.Where(c => c.GroupId == group.Id).ToListAsync());
        Assert.Equal(2, changes.Count);
        var format = changes.Single(c => c.Field == GroupField.Format);
        Assert.Equal((FormatChangeArea.Format, "InPerson", "Hybrid", Today, organization.Coordinator.Id), (format.Area, format.Before, format.After, format.TookEffectOn, format.RecordedByUserId!.Value));
        Assert.Equal(FormatChangeArea.Timing, changes.Single(c => c.Field == GroupField.MeetingPattern).Area);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var english = await (await facilitator.GetAsync($"/groups/{group.Id}/changes")).ParseAsync();
        Assert.Contains("Format: In person → Hybrid", english.QuerySelector($"[data-change='{format.Id}'] [data-change-automatic]")!.TextContent, StringComparison.Ordinal);
        facilitator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var spanish = await (await facilitator.GetAsync($"/groups/{group.Id}/changes")).ParseAsync();
        Assert.Contains("Formato: Presencial → Presencial y en línea", spanish.QuerySelector($"[data-change='{format.Id}'] [data-change-automatic]")!.TextContent, StringComparison.Ordinal);
        // An automatic entry can be completed by hand without saying again what changed.
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitFormAsync($"/groups/{group.Id}/changes/{format.Id}/edit",
            new Dictionary<string, string> { ["Form.BecauseOfFeedback"] = "true", ["Form.YouSaid"] = "Some could not travel every week", ["Form.WeChanged"] = "You can join online" })).StatusCode);
    }

    [Fact]
    public async Task Timeline_PlacesEachChangeBetweenTheRightSessions_WithTheirAgenda()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var first = await HeldSessionAsync(organization, group.Id, Today.AddDays(-21), [4, 4, 4], 4, "Check-in round", "Topic: sleep");
        var second = await HeldSessionAsync(organization, group.Id, Today.AddDays(-14), [3, 4], 4, "Check-in round");
        var third = await HeldSessionAsync(organization, group.Id, Today.AddDays(-7), [5, 5, 4]);
        var change = await ChangeAsync(organization, group.Id, Today.AddDays(-14), "Smaller circle");
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        var page = await (await facilitator.GetAsync($"/groups/{group.Id}/feedback")).ParseAsync();

        var order = page.QuerySelectorAll(".feedback-timeline > li")
            .Select(li => li.GetAttribute("data-feedback-session") ?? li.GetAttribute("data-timeline-change")).ToList();
        // Newest first; the change of day -14 comes just before (below) the session it first applied to.
        Assert.Equal([third.ToString(), second.ToString(), change.ToString(), first.ToString()], order);
        Assert.Contains("Check-in round · Topic: sleep", page.QuerySelector($"[data-feedback-session='{first}'] [data-agenda]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"[data-feedback-session='{second}'] [data-feedback-hidden]"));
        Assert.NotNull(page.QuerySelector("svg[data-feedback-chart][role=img] title"));
        Assert.Single(page.QuerySelectorAll("svg[data-feedback-chart] [data-change-mark]"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task BeforeAndAfter_AreShownOnlyWithTwoSessionsOfEnoughAnswers()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var changeDay = Today.AddDays(-21);
        // Before: two sessions of three answers each (felt safe 2,2,2 and 3,3,3: average 2.5) and one of
        // two answers (5,5), which must not count: it is not shown on its own.
        await HeldSessionAsync(organization, group.Id, changeDay.AddDays(-21), [2, 2, 2]);
        await HeldSessionAsync(organization, group.Id, changeDay.AddDays(-14), [3, 3, 3]);
        await HeldSessionAsync(organization, group.Id, changeDay.AddDays(-7), [5, 5]);
        // After: a single session with many answers, and one with two: not enough.
        await HeldSessionAsync(organization, group.Id, changeDay, [5, 5, 5, 4, 4]);
        await HeldSessionAsync(organization, group.Id, changeDay.AddDays(7), [1, 1]);
        // Outside the eight weeks: not counted.
        await HeldSessionAsync(organization, group.Id, changeDay.AddDays(-60), [1, 1, 1]);
        var change = await ChangeAsync(organization, group.Id, changeDay, "Longer break");
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        var page = await (await facilitator.GetAsync($"/groups/{group.Id}/feedback")).ParseAsync();
        var item = page.QuerySelector($"[data-timeline-change='{change}']")!;
        Assert.Equal("2.5", item.QuerySelector("[data-side='before'] [data-side-felt-safe]")!.TextContent);
        Assert.NotNull(item.QuerySelector("[data-side='after'] [data-side-hidden]"));

        // A second session of three answers after the change: now the after side is shown, (5+5+5+4+4+3+3+3)/8 = 4.
        await HeldSessionAsync(organization, group.Id, changeDay.AddDays(14), [3, 3, 3]);
        page = await (await facilitator.GetAsync($"/groups/{group.Id}/feedback")).ParseAsync();
        Assert.Equal("4", page.QuerySelector($"[data-timeline-change='{change}'] [data-side='after'] [data-side-felt-safe]")!.TextContent);
    }

    [Fact]
    public async Task YouSaidWeChanged_ShownToTheGroupsMembersAndFacilitators_NotToOtherGroupsMembers()
    {
        var organization = await app.CreateOrganizationAsync();
        var otherMember = await app.AddUserAsync(organization.Id, Roles.Member);
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var (otherGroup, _) = await OtherGroupAsync(organization, [otherMember]);
        await ChangeAsync(organization, group.Id, Today.AddDays(-10), "Quieter room", feedback: true, youSaid: "The room was noisy", weChanged: "We moved to the quiet room upstairs");
        await ChangeAsync(organization, group.Id, Today.AddDays(-5), "Not from feedback");
        await ChangeAsync(organization, group.Id, Today.AddMonths(-13), "Too old", feedback: true, youSaid: "Long ago", weChanged: "Something old");

        var member = await (await (await app.SignedInAsync(organization.Member)).GetAsync($"/groups/{group.Id}")).ParseAsync();
        var facilitator = await (await (await app.SignedInAsync(organization.Facilitator)).GetAsync($"/groups/{group.Id}")).ParseAsync();
        var outsider = await app.SignedInAsync(otherMember);
        var outsiderOnThisGroup = await (await outsider.GetAsync($"/groups/{group.Id}")).ParseAsync();
        var outsiderOnOwnGroup = await (await outsider.GetAsync($"/groups/{otherGroup.Id}")).ParseAsync();

        var lines = member.QuerySelectorAll("[data-you-said-line]");
        Assert.Single(lines);
        Assert.Contains("We moved to the quiet room upstairs", lines[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Quieter room", member.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Single(facilitator.QuerySelectorAll("[data-you-said-line]"));
        Assert.NotNull(outsiderOnThisGroup.QuerySelector("main h1"));
        Assert.Null(outsiderOnThisGroup.QuerySelector("[data-you-said]"));
        Assert.DoesNotContain("quiet room", outsiderOnOwnGroup.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}

/// <summary>The feedback timeline costs the same number of queries for a few sessions and changes as for many.</summary>
public sealed class FeedbackTimelineQueryCountTests(CommandCountingApp app) : IClassFixture<CommandCountingApp>
{
    [Fact]
    public async Task FeedbackPage_QueriesDoNotGrowWithSessionsOrChanges()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        async Task AddAsync(int weeksAgo)
        {
            await app.InOrganizationAsync(organization, async db =>
            {
                var day = today.AddDays(-7 * weeksAgo);
                var session = new GroupSession { GroupId = group.Id, StartsAt = day.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc), Status = SessionStatus.Held };
                db.GroupSessions.Add(session);
                db.AgendaItems.Add(new AgendaItem { SessionId = session.Id, Position = 0, Title = "Check-in" });
                for (var i = 0; i < 3; i++)
                {
                    db.FeedbackResponses.Add(new FeedbackResponse { SessionId = session.Id, FeltSafe = 4, Useful = 4, Comment = "Fine" });
                }
                db.GroupFormatChanges.Add(new GroupFormatChange { GroupId = group.Id, TookEffectOn = day, WhatChanged = "Change " + weeksAgo, RecordedAt = DateTime.UtcNow });
                await db.SaveChangesAsync();
            });
        }
        await AddAsync(1);
        await AddAsync(2);
        await facilitator.GetAsync($"/groups/{group.Id}/feedback");

        var before = app.Commands;
        await facilitator.GetAsync($"/groups/{group.Id}/feedback");
        var few = app.Commands - before;
        for (var week = 3; week < 12; week++)
        {
            await AddAsync(week);
        }
        before = app.Commands;
        var page = await (await facilitator.GetAsync($"/groups/{group.Id}/feedback")).ParseAsync();
        var many = app.Commands - before;

        Assert.Equal(11, page.QuerySelectorAll("[data-feedback-session]").Length);
        Assert.Equal(few, many);
    }
}
