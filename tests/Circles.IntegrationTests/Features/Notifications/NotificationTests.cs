using System.Net;
using System.Text.RegularExpressions;
using Circles.IntegrationTests.Features.Crisis;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Me;
using Circles.Web.Features.Notifications;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Notifications;

/// <summary>
/// Notifications are neutral wherever they appear (SEC-6, SEC-7): in Circles in every language,
/// and in the opt-in email. Neither names the group, the message, a person or what Circles is for.
/// </summary>
public sealed partial class NotificationTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private const string GroupName = "Labour exploitation survivors circle";
    private const string Canary = "canary-message-5b1e";

    [Fact]
    public async Task NotificationTexts_InAppInEveryLanguageAndByEmail_RevealNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member, organization.PeerSupporter]);
        await app.InOrganizationAsync(organization, async db =>
        {
            (await db.SupportGroups.SingleAsync(g => g.Id == group.Id)).Name = GroupName;
            // The facilitator opted in to email as well; the member does it through the page below.
            db.ContactPreferences.Add(new ContactPreference
            {
                UserId = organization.Facilitator.Id,
                Channels = ContactChannels.InApp | ContactChannels.Email,
                ProtectedEmail = app.Services.GetRequiredService<FieldProtector>().Protect(FieldPurposes.ContactEmail, "facilitator.canary@example.org"),
            });
            return await db.SaveChangesAsync();
        });
        var member = await app.SignedInAsync(organization.Member);
        var optIn = await member.SubmitFormAsync("/me/contact", new Dictionary<string, string>
        {
            ["Form.Channels"] = nameof(ContactChannels.Email),
            ["Form.Email"] = "member.canary@example.org",
        });
        Assert.Equal(HttpStatusCode.Redirect, optIn.StatusCode);

        // A real crisis post with a canary (the facilitator is told), and every kind of notification for the member.
        var written = await app.WritePostAsync(organization, group.Id, organization.PeerSupporter, $"{Canary} in {GroupName}: I want to die");
        Assert.True(written.Outcome.Matched);
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
            var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
            foreach (var kind in Enum.GetValues<NotificationKind>())
            {
                await notifier.NotifyAsync([organization.Member.Id], kind, $"/groups/{group.Id}/discussion/{written.ThreadId}?kind={kind}", CancellationToken.None);
            }
            await scope.ServiceProvider.GetRequiredService<CirclesDb>().SaveChangesAsync();
        }

        var forbidden = new[]
        {
            GroupName, "Labour", Canary, "want to die", organization.Member.UserName, organization.PeerSupporter.UserName,
            organization.Facilitator.UserName, "canary@example.org",
        };
        foreach (var culture in new[] { "en", "es", "ar" })
        {
            await member.SubmitFormAsync("/notifications", new Dictionary<string, string> { ["culture"] = culture }, "form.language-switcher");
            var page = await (await member.GetAsync("/notifications")).ParseAsync();
            Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
            var texts = page.QuerySelectorAll("[data-notification-text]").Select(t => t.TextContent.Trim()).ToList();
            Assert.Equal(Enum.GetValues<NotificationKind>().Length, texts.Count);
            Assert.Equal(texts.Count, texts.Distinct().Count());
            AssertDiscreet($"/notifications in {culture}", page.QuerySelector("main")!.TextContent, forbidden);
        }
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var facilitatorPage = await (await facilitator.GetAsync("/notifications")).ParseAsync();
        Assert.Equal("Someone may need you to reach out", facilitatorPage.QuerySelector("[data-notification-text]")!.TextContent.Trim());
        AssertDiscreet("the facilitator's /notifications", facilitatorPage.QuerySelector("main")!.TextContent, forbidden);

        using var raw = app.Services.CreateScope();
        var emails = await raw.ServiceProvider.GetRequiredService<CirclesDb>().OutgoingEmails.IgnoreQueryFilters()
            .Where(e => e.OrganizationId == organization.Id).ToListAsync();
        Assert.Equal(
            new[] { organization.Member.Id, organization.Facilitator.Id }.Order(),
            emails.Select(e => e.UserId).Distinct().Order());
        foreach (var email in emails)
        {
            AssertDiscreet("an email", email.Subject + "\n" + email.Body, forbidden);
            Assert.DoesNotContain("@", email.ProtectedAddress, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Open_AsOwner_MarksReadAndGoesOnlyToAPlaceInCircles()
    {
        var organization = await app.CreateOrganizationAsync();
        await NotifyAsync(organization, organization.Member.Id, NotificationKind.NewMessage, "/messages/somewhere");
        await NotifyAsync(organization, organization.Member.Id, NotificationKind.NewReply, "https://elsewhere.example/");
        var member = await app.SignedInAsync(organization.Member);

        var page = await (await member.GetAsync("/notifications")).ParseAsync();
        Assert.Equal("2", page.QuerySelector("[data-live-unread=notifications]")!.TextContent.Trim());
        var forms = page.QuerySelectorAll("[data-notification] form").Cast<AngleSharp.Html.Dom.IHtmlFormElement>().ToList();
        var texts = page.QuerySelectorAll("[data-notification-text]").Select(t => t.TextContent.Trim()).ToList();
        var outside = await member.SubmitAsync(forms[texts.IndexOf("There is a new reply")], "/notifications", GroupArrangement.NoFields());
        var inside = await member.SubmitAsync(forms[texts.IndexOf("You have a new message")], "/notifications", GroupArrangement.NoFields());

        Assert.Equal("/notifications", outside.Headers.Location?.OriginalString);
        Assert.Equal("/messages/somewhere", inside.Headers.Location?.OriginalString);
        var after = await (await member.GetAsync("/notifications")).ParseAsync();
        Assert.All(after.QuerySelectorAll("[data-notification]"), n => Assert.Equal("false", n.GetAttribute("data-unread")));
        Assert.True(after.QuerySelector("[data-live-unread=notifications]")!.HasAttribute("hidden"));
    }

    [Fact]
    public async Task MarkAllAsRead_AsOwner_LeavesOtherPeoplesUnread()
    {
        var organization = await app.CreateOrganizationAsync();
        await NotifyAsync(organization, organization.Member.Id, NotificationKind.NewMessage, "/messages/a");
        await NotifyAsync(organization, organization.Member.Id, NotificationKind.MatchStarted, "/peers");
        await NotifyAsync(organization, organization.PeerSupporter.Id, NotificationKind.NewMessage, "/messages/a");
        var member = await app.SignedInAsync(organization.Member);

        var done = await member.SubmitFormAsync("/notifications", GroupArrangement.NoFields(), "main form");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.Notifications.CountAsync(n => n.UserId == organization.Member.Id && n.ReadAt == null)));
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.Notifications.CountAsync(n => n.UserId == organization.PeerSupporter.Id && n.ReadAt == null)));
    }

    [Fact]
    public async Task Open_SomeoneElsesNotification_AnswersNotFound()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var theirs = await NotifyAsync(organization, organization.PeerSupporter.Id, NotificationKind.NewMessage, "/messages/x");
        var foreign = await NotifyAsync(other, other.Member.Id, NotificationKind.NewMessage, "/messages/y");
        await NotifyAsync(organization, organization.Member.Id, NotificationKind.NewReply, "/messages/z");
        var member = await app.SignedInAsync(organization.Member);
        var page = await (await member.GetAsync("/notifications")).ParseAsync();
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("[data-notification] form")!;

        form.Action = $"/notifications?handler=Open&id={theirs}";
        var peers = await member.SubmitAsync(form, "/notifications", GroupArrangement.NoFields());
        form.Action = $"/notifications?handler=Open&id={foreign}";
        var others = await member.SubmitAsync(form, "/notifications", GroupArrangement.NoFields());

        Assert.Equal(HttpStatusCode.NotFound, peers.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
    }

    [Fact]
    public async Task Contact_EmailChosen_AddressIsEncryptedAndNeededAndDroppedWhenUnticked()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var refused = await member.SubmitFormAsync("/me/contact", new Dictionary<string, string> { ["Form.Channels"] = "Email" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("email address", (await refused.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        await member.SubmitFormAsync("/me/contact", new Dictionary<string, string> { ["Form.Channels"] = "Email", ["Form.Email"] = "quiet.box@example.org" });
        var page = await (await member.GetAsync("/me/contact")).ParseAsync();
        Assert.Equal("quiet.box@example.org", page.QuerySelector("input[name='Form.Email']")!.GetAttribute("value"));
        Assert.Contains("never who, what or where", page.QuerySelector("#email-hint")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-chosen-on]"));
        var stored = await app.InOrganizationAsync(organization, db => db.ContactPreferences.SingleAsync(p => p.UserId == organization.Member.Id));
        Assert.DoesNotContain("quiet.box", stored.ProtectedEmail!, StringComparison.Ordinal);

        await member.SubmitFormAsync("/me/contact", new Dictionary<string, string> { ["Form.Channels"] = "InApp", ["Form.Email"] = "quiet.box@example.org" });
        Assert.Null((await app.InOrganizationAsync(organization, db => db.ContactPreferences.SingleAsync(p => p.UserId == organization.Member.Id))).ProtectedEmail);
    }

    [Fact]
    public async Task EmailSender_WithoutSmtp_DeletesUnsentRowsAfterADayAndLogsNoAddress()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.InOrganizationAsync(organization, async db =>
        {
            db.ContactPreferences.Add(new ContactPreference
            {
                UserId = organization.Member.Id,
                Channels = ContactChannels.Email,
                ProtectedEmail = app.Services.GetRequiredService<FieldProtector>().Protect(FieldPurposes.ContactEmail, "sender.canary@example.org"),
            });
            return await db.SaveChangesAsync();
        });
        await NotifyAsync(organization, organization.Member.Id, NotificationKind.NewMessage, "/messages/old");
        app.Clock.Advance(TimeSpan.FromHours(25));
        await NotifyAsync(organization, organization.Member.Id, NotificationKind.NewReply, "/messages/new");
        var sender = app.Services.GetRequiredService<NotificationEmailSender>();

        await sender.RunOnceAsync(CancellationToken.None);

        using var scope = app.Services.CreateScope();
        var left = await scope.ServiceProvider.GetRequiredService<CirclesDb>().OutgoingEmails.IgnoreQueryFilters()
            .Where(e => e.OrganizationId == organization.Id).ToListAsync();
        Assert.Single(left);
        Assert.False(sender.IsConfigured);
        Assert.Contains(app.Logs.Lines, line => line.Contains("Notification emails are off", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains("canary@example.org", StringComparison.Ordinal));
    }

    private async Task<Guid> NotifyAsync(TestOrganization organization, Guid userId, NotificationKind kind, string link)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync([userId], kind, link, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        await db.SaveChangesAsync();
        return await db.Notifications.Where(n => n.UserId == userId && n.Link == link).Select(n => n.Id).SingleAsync();
    }

    private static void AssertDiscreet(string where, string text, IEnumerable<string> forbidden)
    {
        foreach (var word in forbidden)
        {
            Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"{where} says \"{word}\":\n{text}");
        }
        Assert.False(RevealingWords().IsMatch(text), $"{where} says \"{RevealingWords().Match(text).Value}\":\n{text}");
    }

    /// <summary>The same stems as the unit tests' check of every translation (ResourceCompletenessTests).</summary>
    [GeneratedRegex(
        """(?i)\b(?:traffick|exploit|survivor|victim|abus|slaver|shelter|trata\b|explotaci|sobreviviente|superviviente|víctima|victima|esclav|refugio|maltrat)"""
        + "|اتجار|إتجار|ضحي|ضحايا|استغلال|ناجي|ناجين|عبودية|إساءة|ملجأ|مأوى")]
    private static partial Regex RevealingWords();
}
