using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Messages;
using Circles.Web.Features.Peers;
using Circles.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Moderation;

/// <summary>Puts matches, direct messages and discussion posts straight into the database.</summary>
internal static class ModerationArrangement
{
    public sealed record ArrangedMessage(Guid Id, Guid MatchId);

    public static async Task<ArrangedMessage> AddDirectMessageAsync(this CirclesApp app, TestOrganization organization, TestUser from, TestUser to, string text)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var match = db.AddMatch(now, from.Id, to.Id, proposedByUserId: organization.Coordinator.Id);
        var message = new DirectMessage
        {
            MatchId = match.Id,
            SenderUserId = from.Id,
            RecipientUserId = to.Id,
            ProtectedBody = protector.Protect(FieldPurposes.DirectMessageBody, text)!,
            SentAt = now,
        };
        db.DirectMessages.Add(message);
        await db.SaveChangesAsync();
        return new ArrangedMessage(message.Id, match.Id);
    }

    public static async Task<Guid> AddPostAsync(this CirclesApp app, TestOrganization organization, Guid groupId, TestUser author, string text)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var thread = new DiscussionThread
        {
            GroupId = groupId,
            AuthorUserId = author.Id,
            ProtectedTitle = protector.Protect(FieldPurposes.DiscussionTitle, "A thread")!,
            CreatedAt = now,
            LastPostAt = now,
        };
        var post = new DiscussionPost
        {
            ThreadId = thread.Id,
            GroupId = groupId,
            AuthorUserId = author.Id,
            ProtectedBody = protector.Protect(FieldPurposes.DiscussionPostBody, text)!,
            CreatedAt = now,
        };
        db.DiscussionThreads.Add(thread);
        db.DiscussionPosts.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    }

    public static string ReportPath(string kind, Guid id) => $"/reports/new?kind={kind}&id={id}";
}
