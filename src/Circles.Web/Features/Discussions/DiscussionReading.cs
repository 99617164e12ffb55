using System.Linq.Expressions;
using Circles.Web.Data;
using Circles.Web.Features.Moderation;
using Circles.Web.Security;
using LinqKit;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Discussions;

public sealed record ThreadRow(Guid Id, string Title, DateTime LastPostAt, int Posts, int Unread);

public sealed record PostView(
    Guid Id, Guid? AuthorId, string? AuthorName, string Body, string? ContentWarning, DateTime CreatedAt, bool Hidden, string? HiddenReason, bool Mine);

/// <summary>The posts of a thread as one reader may see them, and how many were left out because the reader blocked their author.</summary>
public sealed record PostsView(DiscussionAccess Access, Guid ThreadId, IReadOnlyList<PostView> Posts, int FromPeopleIBlocked);

/// <summary>The thread list of a group as one reader may see it.</summary>
public sealed record ThreadsView(DiscussionAccess Access, IReadOnlyList<ThreadRow> Threads);

/// <summary>
/// Reads a discussion for one person: titles and posts decrypted (SEC-27), posts by people
/// blocked either way left out (the one block rule, <see cref="Blocking"/>), unread counted from
/// the person's read marks. Posts hidden by a facilitator are not counted as unread.
/// </summary>
public static class DiscussionReading
{
    public const int ThreadsShown = 100;

    public static async Task<IReadOnlyList<ThreadRow>> ThreadsAsync(
        CirclesDb db, FieldProtector protector, Guid groupId, Guid readerId, CancellationToken cancellationToken)
    {
        var hidden = await Blocking.HiddenFromAsync(db, readerId, cancellationToken);
        var threads = await db.DiscussionThreads
            .Where(t => t.GroupId == groupId && (t.AuthorUserId == null || !hidden.Contains(t.AuthorUserId.Value)))
            .OrderByDescending(t => t.LastPostAt)
            .Take(ThreadsShown)
            .Select(t => new { t.Id, t.ProtectedTitle, t.LastPostAt })
            .ToListAsync(cancellationToken);
        var ids = threads.Select(t => t.Id).ToList();
        var counts = await CountsAsync(db, ids, readerId, hidden, cancellationToken);
        return [.. threads.Select(t => new ThreadRow(
            t.Id,
            protector.Unprotect(FieldPurposes.DiscussionTitle, t.ProtectedTitle) ?? "",
            t.LastPostAt,
            counts.TryGetValue(t.Id, out var c) ? c.Posts : 0,
            counts.TryGetValue(t.Id, out var u) ? u.Unread : 0))];
    }

    /// <summary>Unread posts in the whole discussion of a group, for the link on the group's page.</summary>
    public static Task<int> UnreadInGroupAsync(CirclesDb db, Guid groupId, Guid readerId, CancellationToken cancellationToken) =>
        UnreadInGroup(db, groupId, readerId, cancellationToken);

    // Counted by the database (issue 17): every group page shows it, and a busy group's
    // discussion has thousands of posts; compiled once, as every group page asks. Unread: not the
    // reader's own, not hidden, after the reader's mark on its thread (or no mark), in a thread
    // whose author the reader may see; the people hidden either way are Blocking's rule, carried
    // into the compiled query by LinqKit's Expand.
    private static readonly Func<CirclesDb, Guid, Guid, CancellationToken, Task<int>> UnreadInGroup = EF.CompileAsyncQuery(
        ((Expression<Func<CirclesDb, Guid, Guid, CancellationToken, int>>)((db, groupId, readerId, cancellationToken) => db.DiscussionPosts
            .Where(p => p.GroupId == groupId && p.HiddenAt == null && p.AuthorUserId != readerId
                && (p.AuthorUserId == null || !Blocking.HiddenFrom.Invoke(db, readerId).Contains(p.AuthorUserId.Value)))
            .Where(p => db.DiscussionThreads.Any(t => t.Id == p.ThreadId && t.GroupId == groupId
                && (t.AuthorUserId == null || !Blocking.HiddenFrom.Invoke(db, readerId).Contains(t.AuthorUserId.Value))))
            .Where(p => !db.DiscussionReadMarks.Any(r => r.UserId == readerId && r.ThreadId == p.ThreadId && r.ReadUpTo >= p.CreatedAt))
            .Count())).Expand());

    private static async Task<Dictionary<Guid, (int Posts, int Unread)>> CountsAsync(
        CirclesDb db, List<Guid> threadIds, Guid readerId, IReadOnlyList<Guid> hidden, CancellationToken cancellationToken)
    {
        if (threadIds.Count == 0)
        {
            return [];
        }
        var marks = await db.DiscussionReadMarks
            .Where(r => r.UserId == readerId && threadIds.Contains(r.ThreadId))
            .ToDictionaryAsync(r => r.ThreadId, r => r.ReadUpTo, cancellationToken);
        var posts = await db.DiscussionPosts
            .Where(p => threadIds.Contains(p.ThreadId) && (p.AuthorUserId == null || !hidden.Contains(p.AuthorUserId.Value)))
            .Select(p => new { p.ThreadId, p.AuthorUserId, p.CreatedAt, Hidden = p.HiddenAt != null })
            .ToListAsync(cancellationToken);
        return posts.GroupBy(p => p.ThreadId).ToDictionary(
            g => g.Key,
            g => (g.Count(), g.Count(p => p.AuthorUserId != readerId && !p.Hidden
                && (!marks.TryGetValue(g.Key, out var readUpTo) || p.CreatedAt > readUpTo))));
    }

    public static async Task<(IReadOnlyList<PostView> Posts, int FromPeopleIBlocked)> PostsAsync(
        CirclesDb db, FieldProtector protector, Guid threadId, Guid readerId, CancellationToken cancellationToken)
    {
        var hidden = await Blocking.HiddenFromAsync(db, readerId, cancellationToken);
        var rows = await db.DiscussionPosts
            .Where(p => p.ThreadId == threadId)
            .OrderBy(p => p.CreatedAt)
            .Select(p => new { Post = p, Author = db.Users.Where(u => u.Id == p.AuthorUserId).Select(u => u.UserName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        // Someone who blocked the reader is left out silently; a post from someone the reader blocked leaves a line, so the gap makes sense.
        var iBlocked = await db.MemberBlocks.Where(b => b.BlockerUserId == readerId).Select(b => b.BlockedUserId).ToListAsync(cancellationToken);
        var visible = rows.Where(r => r.Post.AuthorUserId is not { } author || !hidden.Contains(author)).ToList();
        var fromBlocked = rows.Count(r => r.Post.AuthorUserId is { } author && iBlocked.Contains(author));
        return ([.. visible.Select(r => new PostView(
            r.Post.Id,
            r.Post.AuthorUserId,
            r.Author,
            protector.Unprotect(FieldPurposes.DiscussionPostBody, r.Post.ProtectedBody) ?? "",
            protector.Unprotect(FieldPurposes.DiscussionContentWarning, r.Post.ProtectedContentWarning),
            r.Post.CreatedAt,
            r.Post.HiddenAt is not null,
            r.Post.HiddenReason,
            r.Post.AuthorUserId == readerId))], fromBlocked);
    }

    /// <summary>Marks a thread read up to now for the reader. Two tabs reading at once may race on the unique mark; the other one won, which is as good.</summary>
    public static async Task MarkReadAsync(CirclesDb db, Guid threadId, Guid readerId, DateTime now, CancellationToken cancellationToken)
    {
        var mark = await db.DiscussionReadMarks.FirstOrDefaultAsync(r => r.ThreadId == threadId && r.UserId == readerId, cancellationToken);
        if (mark is null)
        {
            db.DiscussionReadMarks.Add(new DiscussionReadMark { ThreadId = threadId, UserId = readerId, ReadUpTo = now });
        }
        else if (mark.ReadUpTo < now)
        {
            mark.ReadUpTo = now;
        }
        else
        {
            return;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }
}
