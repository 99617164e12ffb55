using System.Net;
using Circles.IntegrationTests.Features.Crisis;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Messages;
using Circles.Web.Features.Notifications;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Messages;

/// <summary>SEC-35: messages and posts older than the organization's retention are gone from the database; newer ones and other organizations' stay.</summary>
public sealed class MessageRetentionTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    [Fact]
    public async Task RunOnce_WithFakeClock_HardDeletesOnlyWhatIsOlderThanTheRetention()
    {
        var deleting = await app.CreateOrganizationAsync();
        var keeping = await app.CreateOrganizationAsync();
        await SetRetentionAsync(deleting, 30);
        await SetRetentionAsync(keeping, null);
        var group = await app.CreateGroupAsync(deleting, activeMembers: [deleting.Member]);
        var keptGroup = await app.CreateGroupAsync(keeping, activeMembers: [keeping.Member]);
        var match = await app.CreateMatchAsync(deleting);
        var keptMatch = await app.CreateMatchAsync(keeping);

        // Forty days ago: a message, a whole thread, a crisis post (alert acknowledged), a read and an unread notification.
        var oldMessage = await app.WriteMessageAsync(deleting, match, deleting.Member, deleting.PeerSupporter, "old words");
        var oldThread = await app.WritePostAsync(deleting, group.Id, deleting.Member, "an old thread");
        var mixedThread = await app.WritePostAsync(deleting, group.Id, deleting.Member, "I want to die");
        await app.InOrganizationAsync(deleting, async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            await db.CrisisAlerts.ExecuteUpdateAsync(set => set.SetProperty(a => a.AcknowledgedAt, now));
            db.DiscussionReadMarks.Add(new DiscussionReadMark { ThreadId = oldThread.ThreadId!.Value, UserId = deleting.Member.Id, ReadUpTo = now });
            db.Notifications.Add(new Notification { UserId = deleting.Member.Id, Kind = NotificationKind.NewMessage, Link = "/read", CreatedAt = now, ReadAt = now });
            db.Notifications.Add(new Notification { UserId = deleting.Member.Id, Kind = NotificationKind.NewMessage, Link = "/unread", CreatedAt = now });
            return await db.SaveChangesAsync();
        });
        var keptOld = await app.WriteMessageAsync(keeping, keptMatch, keeping.Member, keeping.PeerSupporter, "kept because this organization keeps");
        var keptOldPost = await app.WritePostAsync(keeping, keptGroup.Id, keeping.Member, "kept post");
        app.Clock.Advance(TimeSpan.FromDays(40));
        var newMessage = await app.WriteMessageAsync(deleting, match, deleting.PeerSupporter, deleting.Member, "new words");
        var newPost = await app.WritePostAsync(deleting, group.Id, deleting.Member, "a new reply", mixedThread.ThreadId);

        var deleted = await app.Services.GetRequiredService<MessageRetention>().RunOnceAsync(CancellationToken.None);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var messages = await db.DirectMessages.IgnoreQueryFilters().Select(m => m.Id).ToListAsync();
        var posts = await db.DiscussionPosts.IgnoreQueryFilters().Select(p => p.Id).ToListAsync();
        var threads = await db.DiscussionThreads.IgnoreQueryFilters().Select(t => t.Id).ToListAsync();
        Assert.DoesNotContain(oldMessage.MessageId, messages);
        Assert.DoesNotContain(oldThread.MessageId, posts);
        Assert.DoesNotContain(mixedThread.MessageId, posts);
        Assert.DoesNotContain(oldThread.ThreadId!.Value, threads);
        Assert.Contains(mixedThread.ThreadId!.Value, threads);
        Assert.Contains(newMessage.MessageId, messages);
        Assert.Contains(newPost.MessageId, posts);
        Assert.Contains(keptOld.MessageId, messages);
        Assert.Contains(keptOldPost.MessageId, posts);
        Assert.False(await db.DiscussionReadMarks.IgnoreQueryFilters().AnyAsync(r => r.ThreadId == oldThread.ThreadId));
        Assert.Equal(["/unread"], await db.Notifications.IgnoreQueryFilters().Where(n => n.UserId == deleting.Member.Id).Select(n => n.Link).ToListAsync());
        Assert.False(await db.CrisisAlerts.IgnoreQueryFilters().AnyAsync(a => a.OrganizationId == deleting.Id));
        Assert.True(deleted >= 6);

        var audit = await db.AuditEvents.IgnoreQueryFilters().SingleAsync(e => e.OrganizationId == deleting.Id && e.Action == AuditActions.MessagesDeletedByRetention);
        Assert.Equal("messages=1;posts=2;threads=1;notifications=1;alerts=1", audit.Subject);
        Assert.False(await db.AuditEvents.IgnoreQueryFilters().AnyAsync(e => e.OrganizationId == keeping.Id && e.Action == AuditActions.MessagesDeletedByRetention));
    }

    [Fact]
    public async Task RunOnce_UnacknowledgedAlertAndUnreadNotification_AreKept()
    {
        var organization = await app.CreateOrganizationAsync();
        await SetRetentionAsync(organization, 1);
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        await app.WritePostAsync(organization, group.Id, organization.Member, "me quiero morir");
        app.Clock.Advance(TimeSpan.FromDays(2));

        await app.Services.GetRequiredService<MessageRetention>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.DiscussionPosts.CountAsync()));
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.CrisisAlerts.CountAsync()));
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.Notifications.CountAsync()));
    }

    [Theory]
    [InlineData("90", "90")]
    [InlineData("", "")]
    public async Task Settings_Retention_IsSavedOrKept(string typed, string shown)
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var saved = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string> { ["Form.MessageRetentionDays"] = typed });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await (await coordinator.GetAsync("/settings")).ParseAsync();
        Assert.Equal(shown, page.QuerySelector("input[name='Form.MessageRetentionDays']")!.GetAttribute("value") ?? "");
        Assert.Equal(typed == "" ? null : int.Parse(typed, System.Globalization.CultureInfo.InvariantCulture),
            await app.InOrganizationAsync(organization, db => db.Organizations.Select(o => o.MessageRetentionDays).SingleAsync()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3651")]
    public async Task Settings_RetentionOutOfRange_IsExplained(string typed)
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var refused = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string> { ["Form.MessageRetentionDays"] = typed });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Contains("between 1 and 3650 days", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, page.QuerySelector("input[name='Form.MessageRetentionDays']")!.GetAttribute("value"));
    }

    private async Task SetRetentionAsync(TestOrganization organization, int? days) =>
        await app.InOrganizationAsync(organization, async db =>
        {
            (await db.Organizations.SingleAsync()).MessageRetentionDays = days;
            return await db.SaveChangesAsync();
        });
}
