using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Blocks;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Journal;
using Circles.Web.Features.Me;
using Circles.Web.Features.Messages;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Notifications;
using Circles.Web.Features.Peers;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Features.SafetyPlan;
using Circles.Web.Features.Sessions;
using Circles.Web.Features.Wellbeing;
using Circles.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.MyData;

/// <summary>Canary texts a person wrote or that were recorded about them, one per encrypted or sealed place.</summary>
public sealed record Canaries(string Need, string Phone, string Sent, string Received, string Post, string Journal, string Plan)
{
    public static Canaries For(string who) => new(
        $"canary-{who}-need-4711", $"canary-{who}-phone-5550199", $"canary-{who}-sent-2718", $"canary-{who}-received-3141",
        $"canary-{who}-post-1618", $"canary-{who}-journal-1414", $"canary-{who}-plan-1732");

    public IEnumerable<string> All => [Need, Phone, Sent, Received, Post, Journal, Plan];
}

public static class MyDataArrangement
{
    /// <summary>
    /// Puts one row in as many of <paramref name="person"/>'s tables as practical: a group
    /// membership and attendance, a need, a consent, a contact preference, messages both ways in
    /// an active peer match with <paramref name="peer"/>, a discussion post, a journal entry and a
    /// safety plan sealed with their own key, a check-in, a notification and a block.
    /// </summary>
    public static async Task SeedAsync(this CirclesApp app, TestOrganization organization, TestUser person, TestUser peer, Canaries canaries, string? journalText = null)
    {
        var group = await app.CreateGroupAsync(organization, activeMembers: [person]);
        var sessionId = await app.CreateSessionAsync(organization, group.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = services.GetRequiredService<CirclesDb>();
        var protector = services.GetRequiredService<FieldProtector>();
        var now = app.Clock.GetUtcNow().UtcDateTime;

        // The person's own key, made with their password as sign-in would.
        var keys = services.GetRequiredService<PersonalKeys>();
        var context = new DefaultHttpContext();
        var user = await db.Users.FindAsync(person.Id) ?? throw new InvalidOperationException("no user");
        await keys.UnlockAsync(context, user, CirclesApp.Password, Guid.NewGuid(), CancellationToken.None);
        var key = keys.CurrentKey(context) ?? throw new InvalidOperationException("no key");

        db.Attendances.Add(new Attendance { SessionId = sessionId, UserId = person.Id, Status = AttendanceStatus.Present, RecordedAt = now });
        db.Needs.Add(new Need
        {
            MemberUserId = person.Id,
            Category = NeedCategory.Legal,
            ProtectedDescription = protector.Protect(FieldPurposes.NeedDescription, canaries.Need),
            CreatedAt = now,
        });
        db.Consents.Add(new Consent { MemberUserId = person.Id, Scope = ConsentScope.ShareWithService, TextVersion = "1", GivenAt = now, RecordedByUserId = person.Id });
        db.ContactPreferences.Add(new ContactPreference
        {
            UserId = person.Id,
            Channels = ContactChannels.InApp,
            ProtectedPhone = protector.Protect(FieldPurposes.ContactPhone, canaries.Phone),
            UpdatedAt = now,
        });
        var match = db.AddMatch(now, person.Id, peer.Id, proposedByUserId: organization.Coordinator.Id);
        db.DirectMessages.Add(new DirectMessage
        {
            MatchId = match.Id, SenderUserId = person.Id, RecipientUserId = peer.Id, SentAt = now,
            ProtectedBody = protector.Protect(FieldPurposes.DirectMessageBody, canaries.Sent)!,
        });
        db.DirectMessages.Add(new DirectMessage
        {
            MatchId = match.Id, SenderUserId = peer.Id, RecipientUserId = person.Id, SentAt = now.AddMinutes(1),
            ProtectedBody = protector.Protect(FieldPurposes.DirectMessageBody, canaries.Received)!,
        });
        var thread = new DiscussionThread
        {
            GroupId = group.Id, AuthorUserId = person.Id, CreatedAt = now, LastPostAt = now,
            ProtectedTitle = protector.Protect(FieldPurposes.DiscussionTitle, "A thread")!,
        };
        db.DiscussionThreads.Add(thread);
        db.DiscussionPosts.Add(new DiscussionPost
        {
            ThreadId = thread.Id, GroupId = group.Id, AuthorUserId = person.Id, CreatedAt = now,
            ProtectedBody = protector.Protect(FieldPurposes.DiscussionPostBody, canaries.Post)!,
        });
        var entry = new JournalEntry { UserId = person.Id, SealedText = "", CreatedAt = now, UpdatedAt = now };
        entry.SealedText = PersonalCipher.Seal(key, PersonalPurposes.JournalText, entry.Id, journalText ?? canaries.Journal)!;
        db.JournalEntries.Add(entry);
        var plan = new PersonalSafetyPlan { UserId = person.Id, CreatedAt = now, UpdatedAt = now };
        plan.SealedCopingSteps = PersonalCipher.Seal(key, PersonalPurposes.SafetyPlanCopingSteps, plan.Id, canaries.Plan);
        db.SafetyPlans.Add(plan);
        db.WellbeingCheckIns.Add(new WellbeingCheckIn { UserId = person.Id, TakenAt = now, Item1 = 3, Item2 = 3, Item3 = 4, Item4 = 2, Item5 = 5 });
        db.Notifications.Add(new Notification { UserId = person.Id, Kind = NotificationKind.NewMessage, Link = "/messages", CreatedAt = now });
        db.MemberBlocks.Add(new MemberBlock { BlockerUserId = person.Id, BlockedUserId = peer.Id, CreatedAt = now });
        await db.SaveChangesAsync();
    }

    /// <summary>Posts the download form; the answer is the file, or the page with a message.</summary>
    public static Task<HttpResponseMessage> DownloadMyDataAsync(this HttpClient client, string format, string password = CirclesApp.Password) =>
        client.SubmitFormAsync("/account/data", new Dictionary<string, string> { ["Form.Password"] = password, ["Form.Format"] = format });
}
