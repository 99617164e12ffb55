using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Crisis;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Messages;
using Circles.Web.Features.Peers;
using Circles.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Crisis;

/// <summary>Writes posts and direct messages straight into the database, through the real crisis check, as the message pages do.</summary>
public static class CareArrangement
{
    public sealed record Written(Guid MessageId, Guid? ThreadId, CrisisAlerts.Outcome Outcome);

    public static async Task<Written> WritePostAsync(this CirclesApp app, TestOrganization organization, Guid groupId, TestUser author, string text, Guid? threadId = null)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CirclesDb>();
        var protector = services.GetRequiredService<FieldProtector>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        if (threadId is null)
        {
            var thread = new DiscussionThread
            {
                GroupId = groupId,
                AuthorUserId = author.Id,
                ProtectedTitle = protector.Protect(FieldPurposes.DiscussionTitle, "A thread")!,
                CreatedAt = now,
                LastPostAt = now,
            };
            db.DiscussionThreads.Add(thread);
            threadId = thread.Id;
        }
        var post = new DiscussionPost
        {
            ThreadId = threadId.Value,
            GroupId = groupId,
            AuthorUserId = author.Id,
            ProtectedBody = protector.Protect(FieldPurposes.DiscussionPostBody, text)!,
            CreatedAt = now,
        };
        db.DiscussionPosts.Add(post);
        var outcome = await services.GetRequiredService<CrisisAlerts>().CheckDiscussionPostAsync(text, post.Id, groupId, author.Id, CancellationToken.None);
        await db.SaveChangesAsync();
        return new Written(post.Id, threadId, outcome);
    }

    public static async Task<Written> WriteMessageAsync(this CirclesApp app, TestOrganization organization, Guid matchId, TestUser sender, TestUser recipient, string text, Guid? coordinatorUserId = null)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CirclesDb>();
        var protector = services.GetRequiredService<FieldProtector>();
        var message = new DirectMessage
        {
            MatchId = matchId,
            SenderUserId = sender.Id,
            RecipientUserId = recipient.Id,
            ProtectedBody = protector.Protect(FieldPurposes.DirectMessageBody, text)!,
            SentAt = app.Clock.GetUtcNow().UtcDateTime,
        };
        db.DirectMessages.Add(message);
        var outcome = await services.GetRequiredService<CrisisAlerts>().CheckDirectMessageAsync(text, message.Id, matchId, coordinatorUserId, sender.Id, CancellationToken.None);
        await db.SaveChangesAsync();
        return new Written(message.Id, null, outcome);
    }
}
