using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Discussions;

/// <summary>Posting the way a browser without JavaScript does, and arranging modes, duties and restrictions in the database.</summary>
public static class DiscussionArrangement
{
    public static string PagePath(Guid groupId) => $"/groups/{groupId}/discussion";

    public static string ThreadPath(Guid groupId, Guid threadId) => $"/groups/{groupId}/discussion/{threadId}";

    /// <summary>The content form (not the duty forms, which have a handler).</summary>
    public const string ContentForm = "main form:not([action*='handler='])";

    public static async Task<ArrangedGroupWithMembers> GroupAsync(this CirclesApp app, TestOrganization organization, DiscussionMode mode = DiscussionMode.Always)
    {
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member, organization.PeerSupporter]);
        await app.SetModeAsync(organization, group.Id, mode);
        return new ArrangedGroupWithMembers(group.Id, group.Name);
    }

    public static Task SetModeAsync(this CirclesApp app, TestOrganization organization, Guid groupId, DiscussionMode mode) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var group = await db.SupportGroups.FirstAsync(g => g.Id == groupId);
            group.DiscussionMode = mode;
            return await db.SaveChangesAsync();
        });

    public static async Task<HttpResponseMessage> StartThreadAsync(this HttpClient client, Guid groupId, string title, string body, string? warning = null) =>
        await client.SubmitFormAsync(PagePath(groupId), new Dictionary<string, string>
        {
            ["NewThread.Title"] = title,
            ["NewThread.Body"] = body,
            ["NewThread.ContentWarning"] = warning ?? "",
        }, ContentForm);

    /// <summary>Starts a thread and returns its id, from where the page sends the writer.</summary>
    public static async Task<Guid> NewThreadAsync(this HttpClient client, Guid groupId, string title = "A first thread", string body = "Hello everyone", string? warning = null)
    {
        var response = await client.StartThreadAsync(groupId, title, body, warning);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location.Split('?', '#')[0].Split('/').Last());
    }

    public static async Task<HttpResponseMessage> ReplyAsync(this HttpClient client, Guid groupId, Guid threadId, string body, string? warning = null) =>
        await client.SubmitFormAsync(ThreadPath(groupId, threadId), new Dictionary<string, string>
        {
            ["Reply.Body"] = body,
            ["Reply.ContentWarning"] = warning ?? "",
        }, ContentForm);

    /// <summary>Presses the thread's "Mark as read" button, as a reader without JavaScript does (the script posts the same form).</summary>
    public static Task<HttpResponseMessage> MarkReadAsync(this HttpClient client, Guid groupId, Guid threadId) =>
        client.SubmitFormAsync(ThreadPath(groupId, threadId), new Dictionary<string, string>(), "form[data-mark-read]");

    public static Task AddAsync<T>(this CirclesApp app, TestOrganization organization, T entity) where T : class =>
        app.InOrganizationAsync(organization, async db =>
        {
            db.Add(entity);
            return await db.SaveChangesAsync();
        });

    public static Task SetMembershipAsync(this CirclesApp app, TestOrganization organization, Guid groupId, Guid userId, MembershipStatus status) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var membership = await db.GroupMemberships.FirstOrDefaultAsync(m => m.GroupId == groupId && m.UserId == userId);
            if (membership is null)
            {
                db.GroupMemberships.Add(new GroupMembership { GroupId = groupId, UserId = userId, Status = status, UpdatedAt = app.Clock.GetUtcNow().UtcDateTime });
            }
            else
            {
                membership.Status = status;
            }
            return await db.SaveChangesAsync();
        });
}

public sealed record ArrangedGroupWithMembers(Guid Id, string Name);
