using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Features.Discussions;
using Circles.IntegrationTests.Features.Messages;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Live;
using Circles.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Security;

/// <summary>
/// SEC-22 (issue 14, hole 7): no GET changes data. Opening a conversation or a discussion thread,
/// or fetching its live fragment, marks nothing read and sends no read receipt; the page's
/// "Mark as read" form (posted by its script, or pressed without JavaScript) does.
/// </summary>
public sealed class ReadingChangesNothingTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    [Fact]
    public async Task Conversation_OpenedByGet_StaysUnreadAndSendsNoReceipt_MarkAsReadPostDoesBoth()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        await peer.SubmitFormAsync("/messages", new Dictionary<string, string> { ["share"] = "true" }, "form[action*='handler=Receipts']");
        await member.SendAsync(matchId, "Are you free on Thursday?");
        using var writersChannel = await LiveSocket.ConnectAsync(app, organization.Member);

        var (opened, page) = await peer.GetPageAsync(MessageArrangement.PathOf(matchId));
        await peer.GetAsync(page.QuerySelector("[data-live-src]")!.GetAttribute("data-live-src"));

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("Are you free on Thursday?", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.InOrganizationAsync(organization, db => db.DirectMessages.AllAsync(m => m.ReadAt == null)));
        Assert.Equal(1, await UnreadMessageNotificationsAsync(organization));
        Assert.DoesNotContain("\"target\":\"changed\"", await LiveSocket.ReceiveAsync(writersChannel, TimeSpan.FromSeconds(1)), StringComparison.Ordinal);

        var marked = await peer.MarkReadAsync(matchId);

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(MessageArrangement.PathOf(matchId), marked.Headers.Location!.OriginalString);
        Assert.True(await app.InOrganizationAsync(organization, db => db.DirectMessages.AllAsync(m => m.ReadAt != null)));
        Assert.Equal(0, await UnreadMessageNotificationsAsync(organization));
        var receipt = await LiveSocket.ReceiveAsync(writersChannel, TimeSpan.FromSeconds(10));
        Assert.Contains("\"target\":\"changed\"", receipt, StringComparison.Ordinal);
        Assert.Contains(LiveUpdates.MatchTopic(matchId), receipt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conversation_MarkAsReadOfSomeoneElsesConversation_AnswersNotFoundAndMarksNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        await member.SendAsync(matchId, "Only for my peer");
        var outsider = await app.SignedInAsync(await app.AddUserAsync(organization.Id, Roles.Member));
        var (_, messages) = await outsider.GetPageAsync("/messages");
        var form = (IHtmlFormElement)messages.QuerySelector("form[action*='handler=Receipts']")!;
        form.SetAttribute("action", MessageArrangement.PathOf(matchId) + "?handler=Read");

        var answer = await outsider.SubmitAsync(form, "/messages", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.True(await app.InOrganizationAsync(organization, db => db.DirectMessages.AllAsync(m => m.ReadAt == null)));
    }

    [Fact]
    public async Task Thread_OpenedByGet_StaysUnread_TheScriptsMarkAsReadPostMarksIt()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var threadId = await member.NewThreadAsync(group.Id);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await peer.ReplyAsync(group.Id, threadId, "See you there");
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var (_, thread) = await member.GetPageAsync(DiscussionArrangement.ThreadPath(group.Id, threadId));
        await member.GetAsync(thread.QuerySelector("[data-live-src]")!.GetAttribute("data-live-src"));

        Assert.Equal("1", await UnreadInThreadAsync(member, group.Id, threadId));

        // What wwwroot/js/mark-read.js sends: the page's own form, token included, and no page back.
        var form = (IHtmlFormElement)thread.QuerySelector("form[data-mark-read]")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action"))
        {
            Content = new FormUrlEncodedContent(form.Elements.OfType<IHtmlInputElement>()
                .Where(i => !string.IsNullOrEmpty(i.Name))
                .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))),
        };
        request.Headers.Add("X-Requested-With", "mark-read");
        var marked = await member.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        Assert.Null(await UnreadInThreadAsync(member, group.Id, threadId));
    }

    private Task<int> UnreadMessageNotificationsAsync(TestOrganization organization) =>
        app.InOrganizationAsync(organization, db => db.Notifications.CountAsync(
            n => n.UserId == organization.PeerSupporter.Id && n.Kind == NotificationKind.NewMessage && n.ReadAt == null));

    private static async Task<string?> UnreadInThreadAsync(HttpClient reader, Guid groupId, Guid threadId)
    {
        var (_, list) = await reader.GetPageAsync(DiscussionArrangement.PagePath(groupId));
        return list.QuerySelector($"[data-thread='{threadId}'] [data-unread]")?.GetAttribute("data-unread");
    }
}
