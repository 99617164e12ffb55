using System.Net;
using System.Text;
using Circles.IntegrationTests.Features.Directory;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Blocks;
using Circles.Web.Features.Crisis;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Notifications;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Circles.IntegrationTests.Features.Discussions;

public sealed class DiscussionPostingTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    [Fact]
    public async Task DutyMode_ClosedWithoutDuty_OpenDuringDuty_ClosedAfterItEnds_FacilitatorAlwaysWrites()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization, DiscussionMode.WhileFacilitatorOnDuty);
        var member = await app.SignedInAsync(organization.Member);
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        // Nobody on duty: the member reads a calm note and has no form; the facilitator can write.
        var (_, closed) = await member.GetPageAsync(DiscussionArrangement.PagePath(group.Id));
        Assert.NotNull(closed.QuerySelector("[data-posting=WaitingForFacilitator]"));
        Assert.Null(closed.QuerySelector("[data-duty=on]"));
        Assert.Null(closed.QuerySelector("textarea[name='NewThread.Body']"));
        var threadId = await facilitator.NewThreadAsync(group.Id, body: "Welcome, I will be here on Tuesdays.");
        var refused = await member.PostWithTokenAsync(DiscussionArrangement.ThreadPath(group.Id, threadId), new Dictionary<string, string> { ["Reply.Body"] = "hello" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        // The facilitator goes on duty for an hour: a member sees someone is here and can write.
        var started = await facilitator.SubmitFormAsync(DiscussionArrangement.PagePath(group.Id), new Dictionary<string, string> { ["hours"] = "1" }, "form[action*='handler=StartDuty']");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var (_, open) = await member.GetPageAsync(DiscussionArrangement.ThreadPath(group.Id, threadId));
        Assert.NotNull(open.QuerySelector("[data-duty=on]"));
        Assert.Null(open.QuerySelector("[data-posting]"));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await member.ReplyAsync(group.Id, threadId, "Thank you, glad you are here")).StatusCode);

        // The hour passes: duty ends by itself and the room is read-only again (idle sessions ended too: sign in again).
        app.Clock.Advance(TimeSpan.FromMinutes(60));
        member = await app.SignedInAsync(organization.Member);
        facilitator = await app.SignedInAsync(organization.Facilitator);
        var (_, after) = await member.GetPageAsync(DiscussionArrangement.ThreadPath(group.Id, threadId));
        Assert.NotNull(after.QuerySelector("[data-posting=WaitingForFacilitator]"));
        Assert.Contains("Thank you, glad you are here", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var late = await member.PostWithTokenAsync(DiscussionArrangement.ThreadPath(group.Id, threadId), new Dictionary<string, string> { ["Reply.Body"] = "anyone?" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.ReplyAsync(group.Id, threadId, "I am back tomorrow")).StatusCode);

        // Ending duty early closes it at once.
        await facilitator.SubmitFormAsync(DiscussionArrangement.PagePath(group.Id), new Dictionary<string, string> { ["hours"] = "4" }, "form[action*='handler=StartDuty']");
        Assert.Null((await member.GetPageAsync(DiscussionArrangement.PagePath(group.Id))).Document.QuerySelector("[data-posting]"));
        var ended = await facilitator.SubmitFormAsync(DiscussionArrangement.PagePath(group.Id), GroupArrangement.NoFields(), "form[action*='handler=EndDuty']");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.NotNull((await member.GetPageAsync(DiscussionArrangement.PagePath(group.Id))).Document.QuerySelector("[data-posting=WaitingForFacilitator]"));
        // Members cannot go on duty.
        var memberDuty = await member.PostWithTokenAsync(DiscussionArrangement.PagePath(group.Id) + "?handler=StartDuty", new Dictionary<string, string> { ["hours"] = "4" });
        Assert.Equal(HttpStatusCode.NotFound, memberDuty.StatusCode);
    }

    [Fact]
    public async Task ContentWarning_RendersCollapsed_InDetailsWithoutOpen()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var threadId = await member.NewThreadAsync(group.Id, "Hard week", "Something hard happened at work.", "work stress");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await (await app.SignedInAsync(organization.PeerSupporter)).ReplyAsync(group.Id, threadId, "Plain reply without warning");

        var (_, page) = await (await app.SignedInAsync(organization.Facilitator)).GetPageAsync(DiscussionArrangement.ThreadPath(group.Id, threadId));

        var details = page.QuerySelectorAll("[data-content-warning]");
        Assert.Single(details);
        Assert.Equal("details", details[0].LocalName);
        Assert.False(details[0].HasAttribute("open"));
        Assert.Equal("Content warning: work stress", details[0].QuerySelector("summary")!.TextContent.Trim());
        Assert.Contains("Something hard happened at work.", details[0].TextContent, StringComparison.Ordinal);
        var posts = page.QuerySelectorAll("[data-post]");
        Assert.Equal(2, posts.Length);
        Assert.Null(posts[1].QuerySelector("details"));
    }

    [Fact]
    public async Task Canaries_AreEncryptedInTheDatabase_AbsentFromLogs_AndScriptRendersAsText()
    {
        const string title = "canary-title-55501";
        const string body = "canary-body-55502 <script>alert('x')</script>";
        const string warning = "canary-warning-55503";
        const string reply = "canary-reply-55504";
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var threadId = await member.NewThreadAsync(group.Id, title, body, warning);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await (await app.SignedInAsync(organization.PeerSupporter)).ReplyAsync(group.Id, threadId, reply);

        var raw = await app.RawDatabaseTextAsync();
        Assert.Contains(organization.Member.UserName, raw, StringComparison.Ordinal);
        foreach (var canary in new[] { "canary-title-55501", "canary-body-55502", "canary-warning-55503", "canary-reply-55504" })
        {
            Assert.DoesNotContain(canary, raw, StringComparison.Ordinal); // SEC-27
            Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal)); // SEC-33
        }

        var response = await member.GetAsync(DiscussionArrangement.ThreadPath(group.Id, threadId));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(reply, html, StringComparison.Ordinal);
        // SEC-23: the stored script is text, never markup.
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", html, StringComparison.Ordinal);
        var list = await (await member.GetAsync(DiscussionArrangement.PagePath(group.Id))).Content.ReadAsStringAsync();
        Assert.Contains(title, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blocks_HidePostsBothWays_AndNoReplyNotificationCrossesThem()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var threadId = await facilitator.NewThreadAsync(group.Id, body: "How was everyone's week?");
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await member.ReplyAsync(group.Id, threadId, "canary-from-member-1");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await peer.ReplyAsync(group.Id, threadId, "canary-from-peer-2");
        // The member blocks the peer supporter.
        await app.AddAsync(organization, new MemberBlock { BlockerUserId = organization.Member.Id, BlockedUserId = organization.PeerSupporter.Id, CreatedAt = app.Clock.GetUtcNow().UtcDateTime });

        var (_, memberView) = await member.GetPageAsync(DiscussionArrangement.ThreadPath(group.Id, threadId));
        Assert.DoesNotContain("canary-from-peer-2", memberView.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(memberView.QuerySelector("[data-blocked-posts]"));
        var (_, peerView) = await peer.GetPageAsync(DiscussionArrangement.ThreadPath(group.Id, threadId));
        Assert.DoesNotContain("canary-from-member-1", peerView.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // The blocked person is not told that they were blocked.
        Assert.Null(peerView.QuerySelector("[data-blocked-posts]"));
        var fragment = await (await peer.GetAsync(DiscussionArrangement.ThreadPath(group.Id, threadId) + "?handler=Posts")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("canary-from-member-1", fragment, StringComparison.Ordinal);
        // Others still see both.
        var (_, facilitatorView) = await facilitator.GetPageAsync(DiscussionArrangement.ThreadPath(group.Id, threadId));
        Assert.Contains("canary-from-member-1", facilitatorView.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("canary-from-peer-2", facilitatorView.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // A reply by the peer notifies the facilitator, not the member who blocked them.
        await ReadAllNotificationsAsync(organization);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await peer.ReplyAsync(group.Id, threadId, "another one");
        var notified = await app.InOrganizationAsync(organization, db => db.Notifications.Where(n => n.ReadAt == null && n.Kind == NotificationKind.NewReply).Select(n => n.UserId).ToListAsync());
        Assert.Equal([organization.Facilitator.Id], notified);
        // A thread started by the blocked person is not listed for the one who blocked them, and answers 404.
        var peerThread = await peer.NewThreadAsync(group.Id, "canary-thread-by-peer-3", "body");
        var (_, list) = await member.GetPageAsync(DiscussionArrangement.PagePath(group.Id));
        Assert.DoesNotContain("canary-thread-by-peer-3", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(DiscussionArrangement.ThreadPath(group.Id, peerThread))).StatusCode);
    }

    [Fact]
    public async Task Reply_NotifiesEarlierParticipants_WithNeutralText_NotTheWriter()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var threadId = await member.NewThreadAsync(group.Id, "canary-title-notify", "first");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var peer = await app.SignedInAsync(organization.PeerSupporter);

        await peer.ReplyAsync(group.Id, threadId, "canary-reply-notify");

        var notifications = await app.InOrganizationAsync(organization, db => db.Notifications.Where(n => n.Kind == NotificationKind.NewReply).ToListAsync());
        var only = Assert.Single(notifications);
        Assert.Equal(organization.Member.Id, only.UserId);
        Assert.Equal(DiscussionArrangement.ThreadPath(group.Id, threadId), only.Link);
        var text = NotificationTexts.For(only.Kind);
        Assert.Equal("There is a new reply", text);
        foreach (var word in new[] { group.Name, "canary-title-notify", "canary-reply-notify", "traffick" })
        {
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(word, only.Link, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task UnreadCounts_PerThreadAndOnTheGroupPage_ClearWhenRead()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var threadId = await member.NewThreadAsync(group.Id);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await peer.ReplyAsync(group.Id, threadId, "one");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await peer.ReplyAsync(group.Id, threadId, "two");

        var (_, list) = await member.GetPageAsync(DiscussionArrangement.PagePath(group.Id));
        Assert.Equal("2", list.QuerySelector($"[data-thread='{threadId}'] [data-unread]")!.GetAttribute("data-unread"));
        var (_, groupPage) = await member.GetPageAsync($"/groups/{group.Id}");
        Assert.Equal("2", groupPage.QuerySelector("[data-discussion-link] [data-unread]")!.GetAttribute("data-unread"));
        // The peer read the thread by replying to it and wrote the rest: nothing is new for them.
        var (_, peerList) = await peer.GetPageAsync(DiscussionArrangement.PagePath(group.Id));
        Assert.NotNull(peerList.QuerySelector($"[data-thread='{threadId}']"));
        Assert.Null(peerList.QuerySelector($"[data-thread='{threadId}'] [data-unread]"));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await member.MarkReadAsync(group.Id, threadId);

        (_, list) = await member.GetPageAsync(DiscussionArrangement.PagePath(group.Id));
        Assert.Null(list.QuerySelector($"[data-thread='{threadId}'] [data-unread]"));
        (_, groupPage) = await member.GetPageAsync($"/groups/{group.Id}");
        Assert.NotNull(groupPage.QuerySelector("[data-discussion-link]"));
        Assert.Null(groupPage.QuerySelector("[data-discussion-link] [data-unread]"));
    }

    [Fact]
    public async Task UnreadCountOnTheGroupPage_LeavesOutPostsOfSomeoneBlocked_EitherWay()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var threadId = await facilitator.NewThreadAsync(group.Id);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await peer.ReplyAsync(group.Id, threadId, "one");
        await peer.ReplyAsync(group.Id, threadId, "two");
        async Task<string?> UnreadOnGroupPageAsync(HttpClient reader) =>
            (await reader.GetPageAsync($"/groups/{group.Id}")).Document.QuerySelector("[data-discussion-link] [data-unread]")?.GetAttribute("data-unread");
        Assert.Equal("3", await UnreadOnGroupPageAsync(member));

        await member.SubmitFormAsync($"/blocks/new?user={organization.PeerSupporter.Id}", GroupArrangement.NoFields());

        // The member no longer counts the peer's two posts, only the facilitator's.
        Assert.Equal("1", await UnreadOnGroupPageAsync(member));
        // And the peer does not count the member's reply: a block works both ways.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await member.ReplyAsync(group.Id, threadId, "three");
        Assert.Null(await UnreadOnGroupPageAsync(peer));
    }

    [Fact]
    public async Task HiddenPost_MembersSeeANote_FacilitatorsSeeTextReasonAndRestore()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var threadId = await member.NewThreadAsync(group.Id, body: "canary-hidden-body");
        await app.InOrganizationAsync(organization, async db =>
        {
            var post = await db.DiscussionPosts.FirstAsync(p => p.ThreadId == threadId);
            (post.HiddenAt, post.HiddenByUserId, post.HiddenReason) = (app.Clock.GetUtcNow().UtcDateTime, organization.Facilitator.Id, "shares a full name");
            return await db.SaveChangesAsync();
        });

        var (_, peerView) = await (await app.SignedInAsync(organization.PeerSupporter)).GetPageAsync(DiscussionArrangement.ThreadPath(group.Id, threadId));
        Assert.DoesNotContain("canary-hidden-body", peerView.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("This post was hidden by a facilitator.", peerView.QuerySelector("[data-post-hidden]")!.TextContent, StringComparison.Ordinal);
        var (_, facilitatorView) = await (await app.SignedInAsync(organization.Facilitator)).GetPageAsync(DiscussionArrangement.ThreadPath(group.Id, threadId));
        Assert.Contains("canary-hidden-body", facilitatorView.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("shares a full name", facilitatorView.QuerySelector("[data-post-hidden]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(facilitatorView.QuerySelector("[data-post-hidden] a[href^='/moderation']"));
        // Report and block links for others' posts; the author's name links nowhere.
        var post = facilitatorView.QuerySelector("[data-post]")!;
        Assert.NotNull(post.QuerySelector($"a[href='/reports/new?kind=DiscussionPost&id={post.GetAttribute("data-post")}']"));
        Assert.NotNull(post.QuerySelector($"a[href='/blocks/new?user={organization.Member.Id}']"));
    }

    [Theory]
    [InlineData("en", "I want to end my life", "Honestly I want to END my life tonight")]
    [InlineData("es", "quiero morir", "A veces quiero morir, de verdad")]
    public async Task CrisisPhrase_AlertsTheGroupsFacilitators_AndShowsTheWriterCrisisLines(string language, string phrase, string post)
    {
        var organization = await app.CreateOrganizationAsync();
        await app.AddAsync(organization, new CrisisPhrase { Language = language, Phrase = phrase, Category = CrisisCategory.SelfHarm });
        await app.InOrganizationAsync(organization, async db =>
        {
            (await db.Organizations.FirstAsync()).CrisisLines = "Test line 0800 111";
            return await db.SaveChangesAsync();
        });
        var group = await app.GroupAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var threadId = await member.NewThreadAsync(group.Id, body: "Checking in");
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var sent = await member.ReplyAsync(group.Id, threadId, post);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var (_, page) = await member.GetPageAsync(sent.Headers.Location!.OriginalString.Split('#')[0]);
        var help = page.QuerySelector("[data-crisis-help]");
        Assert.NotNull(help);
        Assert.Contains("Test line 0800 111", help.TextContent, StringComparison.Ordinal);
        var alert = await app.InOrganizationAsync(organization, db => db.CrisisAlerts.SingleAsync());
        Assert.Equal(group.Id, alert.GroupId);
        Assert.Equal(phrase, alert.MatchedPhrase, ignoreCase: true);
        var alerted = await app.InOrganizationAsync(organization, db => db.Notifications.Where(n => n.Kind == NotificationKind.CrisisAlert).Select(n => n.UserId).ToListAsync());
        Assert.Equal([organization.Facilitator.Id], alerted);
        // The crisis panel is the writer's only: the same link shows nothing to someone else.
        var (_, other) = await (await app.SignedInAsync(organization.PeerSupporter)).GetPageAsync(sent.Headers.Location!.OriginalString.Split('#')[0]);
        Assert.Null(other.QuerySelector("[data-crisis-help]"));
        // An ordinary post shows no panel.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var calm = await member.ReplyAsync(group.Id, threadId, "Thanks, feeling a bit better");
        Assert.DoesNotContain("help=", calm.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_KeepsWhatWasTypedWhenTooLong()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var tooLong = new string('a', PostForm.BodyMax + 1);

        var response = await member.PostWithTokenAsync(DiscussionArrangement.PagePath(group.Id), new Dictionary<string, string>
        {
            ["NewThread.Title"] = "My title stays",
            ["NewThread.Body"] = tooLong,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal("My title stays", page.QuerySelector("input[name='NewThread.Title']")!.GetAttribute("value"));
        Assert.Equal(tooLong, page.QuerySelector("textarea[name='NewThread.Body']")!.TextContent.Trim());
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.DiscussionThreads.CountAsync()));
    }

    private Task<int> ReadAllNotificationsAsync(TestOrganization organization) =>
        app.InOrganizationAsync(organization, async db =>
        {
            foreach (var notification in await db.Notifications.ToListAsync())
            {
                notification.ReadAt = app.Clock.GetUtcNow().UtcDateTime;
            }
            return await db.SaveChangesAsync();
        });
}

/// <summary>SEC-26: replies and threads are limited per person.</summary>
public sealed class DiscussionRateLimitTests(Circles.IntegrationTests.Security.StrictPostingLimitApp app) : IClassFixture<Circles.IntegrationTests.Security.StrictPostingLimitApp>
{
    [Fact]
    public async Task Replying_ManyTimes_Answers429_ReadingStillWorks()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var threadId = await member.NewThreadAsync(group.Id);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await member.PostWithTokenAsync(DiscussionArrangement.ThreadPath(group.Id, threadId), new Dictionary<string, string> { ["Reply.Body"] = "reply " + i })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(DiscussionArrangement.ThreadPath(group.Id, threadId))).StatusCode);
    }
}
