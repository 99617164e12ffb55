using System.ComponentModel.DataAnnotations;
using Circles.Web.Data;
using Circles.Web.Features.Crisis;
using Circles.Web.Features.Live;
using Circles.Web.Features.Moderation;
using Circles.Web.Features.Notifications;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Discussions;

public class PostForm
{
    public const int BodyMax = 4000;
    public const int WarningMax = 120;

    [Required(ErrorMessage = "Write something first.")]
    [StringLength(BodyMax, ErrorMessage = "Use at most 4000 characters.")]
    [Display(Name = "Your message")]
    public string? Body { get; set; }

    [StringLength(WarningMax, ErrorMessage = "Use at most 120 characters.")]
    [Display(Name = "Content warning (optional)")]
    public string? ContentWarning { get; set; }
}

public sealed class ThreadForm : PostForm
{
    public const int TitleMax = 120;

    [Required(ErrorMessage = "Give the thread a short title.")]
    [StringLength(TitleMax, ErrorMessage = "Use at most 120 characters.")]
    [Display(Name = "Title")]
    public string? Title { get; set; }
}

/// <summary>
/// Writes threads and replies: encrypted (SEC-27), checked for crisis language in the same unit
/// of work, with a neutral notification to the thread's earlier participants (not the writer,
/// not anyone blocked either way) and a live nudge, carrying no content, to everyone who sees the group.
/// Nothing a person wrote is logged (SEC-33).
/// </summary>
public sealed class DiscussionWriter(CirclesDb db, FieldProtector protector, CrisisAlerts crisis, Notifier notifier, LiveUpdates live, TimeProvider clock)
{
    public sealed record Written(Guid ThreadId, Guid PostId, bool Crisis);

    public async Task<Written> StartThreadAsync(DiscussionAccess access, ThreadForm form, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var title = form.Title!.Trim();
        var thread = new DiscussionThread
        {
            GroupId = access.Group.Id,
            AuthorUserId = access.UserId,
            ProtectedTitle = protector.Protect(FieldPurposes.DiscussionTitle, title)!,
            CreatedAt = now,
            LastPostAt = now,
        };
        db.DiscussionThreads.Add(thread);
        var post = NewPost(access, thread.Id, form, now);
        var outcome = await crisis.CheckDiscussionPostAsync(Joined(title, form), post.Id, access.Group.Id, access.UserId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await TellAsync(access, thread.Id, [], cancellationToken);
        return new Written(thread.Id, post.Id, outcome.Matched);
    }

    public async Task<Written> ReplyAsync(DiscussionAccess access, DiscussionThread thread, PostForm form, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var post = NewPost(access, thread.Id, form, now);
        thread.LastPostAt = now;
        var outcome = await crisis.CheckDiscussionPostAsync(Joined(null, form), post.Id, access.Group.Id, access.UserId, cancellationToken);

        var participants = await db.DiscussionPosts.Where(p => p.ThreadId == thread.Id && p.AuthorUserId != null).Select(p => p.AuthorUserId!.Value).Distinct().ToListAsync(cancellationToken);
        var blocked = await Blocking.HiddenFromAsync(db, access.UserId, cancellationToken);
        var audience = await DiscussionAccess.AudienceAsync(db, access.Group, now, cancellationToken);
        var recipients = participants.Where(id => id != access.UserId && !blocked.Contains(id) && audience.Contains(id)).ToList();
        await notifier.NotifyAsync(recipients, NotificationKind.NewReply, "/Groups/Discussion/Thread", new { groupId = access.Group.Id, threadId = thread.Id }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await TellAsync(access, thread.Id, recipients, cancellationToken);
        return new Written(thread.Id, post.Id, outcome.Matched);
    }

    private DiscussionPost NewPost(DiscussionAccess access, Guid threadId, PostForm form, DateTime now)
    {
        var warning = form.ContentWarning?.Trim();
        var post = new DiscussionPost
        {
            ThreadId = threadId,
            GroupId = access.Group.Id,
            AuthorUserId = access.UserId,
            ProtectedBody = protector.Protect(FieldPurposes.DiscussionPostBody, form.Body!.Trim())!,
            ProtectedContentWarning = string.IsNullOrEmpty(warning) ? null : protector.Protect(FieldPurposes.DiscussionContentWarning, warning),
            CreatedAt = now,
        };
        db.DiscussionPosts.Add(post);
        return post;
    }

    private static string Joined(string? title, PostForm form) =>
        string.Join('\n', new[] { title, form.ContentWarning, form.Body }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private async Task TellAsync(DiscussionAccess access, Guid threadId, IReadOnlyList<Guid> notified, CancellationToken cancellationToken)
    {
        var audience = await DiscussionAccess.AudienceAsync(db, access.Group, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await live.ChangedAsync(audience, LiveUpdates.ThreadTopic(threadId));
        await live.ChangedAsync(audience, LiveUpdates.GroupTopic(access.Group.Id));
        await notifier.PushUnreadAsync(notified, cancellationToken);
    }
}
