using System.Net;
using Circles.IntegrationTests.Features.Directory;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Crisis;
using Circles.Web.Features.Me;
using Circles.Web.Features.Notifications;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Messages;

/// <summary>What the two people of a match see and what Circles keeps: encrypted text, read receipts, unread counts, neutral notifications, crisis help.</summary>
[Collection(SharedApp.Name)]
public sealed class DirectMessageTests(SharedCirclesApp app)
{
    [Fact]
    public async Task Message_IsEncrypted_AbsentFromRawDatabaseAndLogs_PresentForBothSides()
    {
        // SEC-27 and SEC-33.
        const string canary = "canary-direct-message-60221";
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);

        Assert.Equal(HttpStatusCode.Redirect, (await member.SendAsync(matchId, "Hello " + canary)).StatusCode);

        Assert.Contains(canary, await member.MainTextAsync(MessageArrangement.PathOf(matchId)), StringComparison.Ordinal);
        Assert.Contains(canary, await peer.MainTextAsync(MessageArrangement.PathOf(matchId)), StringComparison.Ordinal);
        Assert.Contains(canary, await (await peer.GetAsync(MessageArrangement.PathOf(matchId) + "?handler=List")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var raw = await app.RawDatabaseTextAsync();
        Assert.Contains(organization.Member.UserName, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(canary, raw, StringComparison.Ordinal);
        var stored = await app.InOrganizationAsync(organization, db => db.DirectMessages.Select(m => m.ProtectedBody).SingleAsync());
        Assert.Equal("Hello " + canary, app.Services.GetRequiredService<FieldProtector>().Unprotect(FieldPurposes.DirectMessageBody, stored));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_WithMarkup_IsShownAsText()
    {
        // SEC-23.
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        await member.SendAsync(matchId, "<script>alert('x')</script><b>bold</b>");

        var (_, page) = await peer.GetPageAsync(MessageArrangement.PathOf(matchId));

        Assert.Equal("<script>alert('x')</script><b>bold</b>", page.QuerySelector("[data-text]")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".conversation script, .conversation b"));
    }

    [Fact]
    public async Task Message_EmptyOrTooLong_IsRefused_KeepsTheText()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var tooLong = new string('a', 4001);

        var empty = await member.SendAsync(matchId, "   ");
        var longAnswer = await member.SendAsync(matchId, tooLong);

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Write a message first.", (await empty.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, longAnswer.StatusCode);
        var page = await longAnswer.ParseAsync();
        Assert.Contains("Use at most 4000 characters.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tooLong, page.QuerySelector("textarea[name='Form.Text']")!.TextContent);
        Assert.Equal("off", page.QuerySelector("form[data-send-form]")!.GetAttribute("autocomplete"));
        Assert.Equal(0, await app.MessageCountAsync(organization));
    }

    [Fact]
    public async Task HiddenMessage_ShowsThePlaceholderToBothSides_NeverItsText()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        await member.SendAsync(matchId, "Words a moderator hid");
        await peer.SendAsync(matchId, "Words still shown");
        await app.InOrganizationAsync(organization, async db =>
        {
            var message = await db.DirectMessages.SingleAsync(m => m.SenderUserId == organization.Member.Id);
            message.HiddenAt = app.Clock.GetUtcNow().UtcDateTime;
            message.HiddenByUserId = organization.Coordinator.Id;
            return await db.SaveChangesAsync();
        });

        foreach (var client in new[] { member, peer })
        {
            var (_, page) = await client.GetPageAsync(MessageArrangement.PathOf(matchId));
            var text = page.QuerySelector("main")!.TextContent;
            Assert.DoesNotContain("Words a moderator hid", text, StringComparison.Ordinal);
            Assert.Contains("This message was hidden by a moderator", text, StringComparison.Ordinal);
            Assert.Contains("Words still shown", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReportAndBlockLinks_AreOfferedForTheOtherPersonsMessagesOnly()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        await member.SendAsync(matchId, "From the member");
        await peer.SendAsync(matchId, "From the peer");
        var peerMessageId = await app.InOrganizationAsync(organization, db => db.DirectMessages.Where(m => m.SenderUserId == organization.PeerSupporter.Id).Select(m => m.Id).SingleAsync());

        var (_, page) = await member.GetPageAsync(MessageArrangement.PathOf(matchId));

        var reports = page.QuerySelectorAll("a[href^='/reports/new']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/reports/new?kind=DirectMessage&id={peerMessageId}"], reports);
        Assert.NotNull(page.QuerySelector($"a[href='/blocks/new?user={organization.PeerSupporter.Id}']"));
    }

    [Fact]
    public async Task ReadReceipts_AreOffByDefault_AndShownOnlyWhenTheRecipientSharesThem()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        await member.SendAsync(matchId, "First");
        await peer.MarkReadAsync(matchId);

        // Read (the unread count knows it), but the writer is not told.
        Assert.True(await app.InOrganizationAsync(organization, db => db.DirectMessages.AllAsync(m => m.ReadAt != null)));
        var (_, before) = await member.GetPageAsync(MessageArrangement.PathOf(matchId));
        Assert.Null(before.QuerySelector("[data-read]"));
        var (_, settings) = await peer.GetPageAsync("/messages");
        Assert.False(settings.QuerySelector("input[type=checkbox][name=share]")!.HasAttribute("checked"));

        // The recipient chooses to share them; the peer's own setting says nothing about the member's messages.
        var saved = await peer.SubmitFormAsync("/messages", new Dictionary<string, string> { ["share"] = "true" }, "form[action*='handler=Receipts']");
        Assert.Equal("/messages?done=saved", saved.Headers.Location!.OriginalString);
        await peer.SendAsync(matchId, "Reply");
        await member.MarkReadAsync(matchId);

        var (_, after) = await member.GetPageAsync(MessageArrangement.PathOf(matchId));
        Assert.Equal(["true"], after.QuerySelectorAll("[data-message]").Where(m => m.QuerySelector("[data-read]") is not null).Select(m => m.GetAttribute("data-mine")).ToList());
        var (_, peerView) = await peer.GetPageAsync(MessageArrangement.PathOf(matchId));
        Assert.Null(peerView.QuerySelector("[data-read]"));

        // And can stop sharing them again.
        await peer.SubmitFormAsync("/messages", new Dictionary<string, string> { ["share"] = "false" }, "form[action*='handler=Receipts']");
        Assert.Null((await member.GetPageAsync(MessageArrangement.PathOf(matchId))).Document.QuerySelector("[data-read]"));
    }

    [Fact]
    public async Task UnreadCounts_ShowInTheBadgeAndList_AndClearWhenTheConversationIsMarkedRead()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        await member.SendAsync(matchId, "One");
        await member.SendAsync(matchId, "Two");

        var (_, list) = await peer.GetPageAsync("/messages");
        Assert.Equal("2", list.QuerySelector("[data-live-unread=messages]")!.TextContent.Trim());
        Assert.Equal("2", list.QuerySelector($"[data-conversation='{matchId}']")!.GetAttribute("data-unread"));
        Assert.Contains(organization.Member.UserName, list.QuerySelector($"[data-conversation='{matchId}']")!.TextContent, StringComparison.Ordinal);
        // The writer has nothing unread.
        Assert.True((await member.GetPageAsync("/messages")).Document.QuerySelector("[data-live-unread=messages]")!.HasAttribute("hidden"));
        // One notification for the conversation, not one per message.
        var notifications = await app.InOrganizationAsync(organization, db => db.Notifications.Where(n => n.UserId == organization.PeerSupporter.Id).ToListAsync());
        var notification = Assert.Single(notifications);
        Assert.Equal(NotificationKind.NewMessage, notification.Kind);

        await peer.MarkReadAsync(matchId);

        var (_, afterwards) = await peer.GetPageAsync("/messages");
        Assert.True(afterwards.QuerySelector("[data-live-unread=messages]")!.HasAttribute("hidden"));
        Assert.True(afterwards.QuerySelector("[data-live-unread=notifications]")!.HasAttribute("hidden"));
        Assert.Equal("0", afterwards.QuerySelector($"[data-conversation='{matchId}']")!.GetAttribute("data-unread"));
    }

    [Fact]
    public async Task Notification_IsNeutral_NoMessageNoPseudonym_InAppAndByEmail()
    {
        // SEC-7: the notification stores only a kind and a link; an email opt-in gets the neutral text alone.
        const string words = "meet me near the old bridge";
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        await app.InOrganizationAsync(organization, async db =>
        {
            var protector = app.Services.GetRequiredService<FieldProtector>();
            db.ContactPreferences.Add(new ContactPreference
            {
                UserId = organization.PeerSupporter.Id,
                Channels = ContactChannels.InApp | ContactChannels.Email,
                ProtectedEmail = protector.Protect(FieldPurposes.ContactEmail, "peer@example.org"),
                UpdatedAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            return await db.SaveChangesAsync();
        });
        var member = await app.SignedInAsync(organization.Member);

        await member.SendAsync(matchId, words);

        var notification = await app.InOrganizationAsync(organization, db => db.Notifications.SingleAsync(n => n.UserId == organization.PeerSupporter.Id));
        Assert.Equal($"/messages/{matchId}", notification.Link);
        var shownText = NotificationTexts.For(notification.Kind);
        Assert.Equal("You have a new message", shownText);
        var email = await app.InOrganizationAsync(organization, db => db.OutgoingEmails.SingleAsync());
        foreach (var text in new[] { shownText, email.Subject, email.Body, notification.Link })
        {
            Assert.DoesNotContain(words, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(organization.Member.UserName, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("traffick", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("en", "kill myself", "Some days I want to Kill  myself, honestly.")]
    [InlineData("es", "quiero morir", "A veces QUIERO MORIR, de verdad.")]
    public async Task CrisisPhrase_ShowsTheWriterCrisisLines_AndAlertsTheMatchCoordinator(string language, string phrase, string message)
    {
        var organization = await app.CreateOrganizationAsync();
        await app.AddCrisisPhraseAsync(organization, language, phrase);
        await app.InOrganizationAsync(organization, async db =>
        {
            (await db.Organizations.SingleAsync()).CrisisLines = "Helpline 0800 000 111";
            return await db.SaveChangesAsync();
        });
        var matchId = await app.CreateMatchAsync(organization, coordinatorUserId: organization.Coordinator.Id);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);

        var answer = await member.SendAsync(matchId, message);

        var location = answer.Headers.Location!.OriginalString;
        Assert.Contains("help=", location, StringComparison.Ordinal);
        var (_, page) = await member.GetPageAsync(location);
        var help = page.QuerySelector("main [data-crisis-help]");
        Assert.NotNull(help);
        Assert.Contains("Helpline 0800 000 111", help.TextContent, StringComparison.Ordinal);
        // Only the writer, only that time.
        Assert.Null((await peer.GetPageAsync(location)).Document.QuerySelector("main [data-crisis-help]"));
        Assert.Null((await member.GetPageAsync(MessageArrangement.PathOf(matchId))).Document.QuerySelector("main [data-crisis-help]"));
        var alert = await app.InOrganizationAsync(organization, db => db.CrisisAlerts.SingleAsync());
        Assert.Equal(matchId, alert.MatchId);
        Assert.Equal(organization.Member.Id, alert.WriterUserId);
        // The alert says what matched (the organization's own lists may hold a longer phrase too).
        Assert.Contains(CrisisDetector.Normalize(alert.MatchedPhrase), CrisisDetector.Normalize(message), StringComparison.Ordinal);
        var coordinatorAlerts = await app.InOrganizationAsync(organization, db => db.Notifications.CountAsync(n => n.UserId == organization.Coordinator.Id && n.Kind == NotificationKind.CrisisAlert));
        Assert.Equal(1, coordinatorAlerts);
        Assert.Equal(1, await app.MessageCountAsync(organization));
    }

    [Fact]
    public async Task OrdinaryMessage_RaisesNoCrisisAlert()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.AddCrisisPhraseAsync(organization, "en", "kill myself");
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);

        var answer = await member.SendAsync(matchId, "I learned a new skill myself today");

        Assert.DoesNotContain("help=", answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.CrisisAlerts.CountAsync()));
    }

    [Fact]
    public async Task LongConversation_ShowsTheLast100_OldestFirst_WithEarlierMessagesPage()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var start = app.Clock.GetUtcNow().UtcDateTime;
        await app.InOrganizationAsync(organization, async db =>
        {
            var protector = app.Services.GetRequiredService<FieldProtector>();
            for (var i = 1; i <= 105; i++)
            {
                db.DirectMessages.Add(new Circles.Web.Features.Messages.DirectMessage
                {
                    MatchId = matchId,
                    SenderUserId = organization.Member.Id,
                    RecipientUserId = organization.PeerSupporter.Id,
                    ProtectedBody = protector.Protect(FieldPurposes.DirectMessageBody, $"Message number {i}.")!,
                    SentAt = start.AddMinutes(i),
                });
            }
            return await db.SaveChangesAsync();
        });
        var peer = await app.SignedInAsync(organization.PeerSupporter);

        var (_, page) = await peer.GetPageAsync(MessageArrangement.PathOf(matchId));
        var texts = page.QuerySelectorAll("[data-text]").Select(t => t.TextContent).ToList();
        Assert.Equal(100, texts.Count);
        Assert.Equal("Message number 6.", texts[0]);
        Assert.Equal("Message number 105.", texts[^1]);
        var earlier = page.QuerySelector("a[data-earlier]")!.GetAttribute("href")!;
        var (_, earlierPage) = await peer.GetPageAsync(earlier);
        Assert.Equal(
            ["Message number 1.", "Message number 2.", "Message number 3.", "Message number 4.", "Message number 5."],
            earlierPage.QuerySelectorAll("[data-text]").Select(t => t.TextContent).ToList());
        Assert.Null(earlierPage.QuerySelector("a[data-earlier]"));
    }

    [Fact]
    public async Task LiveList_IsTheSameListThroughTheSameChecks_AndChangesNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        var (_, page) = await peer.GetPageAsync(MessageArrangement.PathOf(matchId));
        var region = page.QuerySelector("[data-live-topic]")!;
        Assert.Equal("match:" + matchId.ToString("N"), region.GetAttribute("data-live-topic"));
        Assert.Equal("polite", region.GetAttribute("aria-live"));
        Assert.NotNull(page.QuerySelector("a[data-check-new]"));
        await member.SendAsync(matchId, "Arrived while the page was open");

        var fragment = await peer.GetAsync(region.GetAttribute("data-live-src"));

        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        var html = await fragment.Content.ReadAsStringAsync();
        Assert.Contains("Arrived while the page was open", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        // SEC-22: fetching the list is a GET; the page's script marks it read with a POST.
        Assert.True(await app.InOrganizationAsync(organization, db => db.DirectMessages.AllAsync(m => m.ReadAt == null)));
    }
}
