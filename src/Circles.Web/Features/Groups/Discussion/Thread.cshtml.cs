using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Shared;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Discussions;

/// <summary>
/// One thread: its posts oldest first, a reply form while the discussion is open for the reader,
/// and a "Mark as read" form. Opening it changes nothing (SEC-22): the page's script posts that
/// form once the page is shown, and without JavaScript the reader presses it. A thread of another
/// group, or one whose author blocked the reader or was blocked by them, answers 404.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class ThreadModel(
    CirclesDb db, IAuthorizationService authorization, GroupViewers viewers, FieldProtector protector, TimeProvider clock, PageFrame frame) : PageModel
{
    public DiscussionAccess Access { get; private set; } = null!;
    public DiscussionThread Thread { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public PostsView Posts { get; private set; } = null!;
    public IReadOnlyList<string>? CrisisLines { get; private set; }

    [BindProperty]
    public PostForm Reply { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid groupId, Guid threadId, Guid? help = null)
    {
        if (!await LoadAsync(groupId, threadId))
        {
            return NotFound();
        }
        CrisisLines = await DiscussionCrisis.LinesIfMatchedAsync(db, frame, help, Access.UserId, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The posts alone, for live updates; the script then marks them read with <see cref="OnPostReadAsync"/>.</summary>
    public async Task<IActionResult> OnGetPostsAsync(Guid groupId, Guid threadId)
    {
        if (!await LoadAsync(groupId, threadId))
        {
            return NotFound();
        }
        return Partial("_Posts", Posts);
    }

    /// <summary>Marks the thread read up to now: from the page's script (no content back) or the plain form (back to the thread).</summary>
    public async Task<IActionResult> OnPostReadAsync(Guid groupId, Guid threadId)
    {
        if (!await LoadAsync(groupId, threadId))
        {
            return NotFound();
        }
        await DiscussionReading.MarkReadAsync(db, threadId, Access.UserId, Access.Now, HttpContext.RequestAborted);
        return MarkRead.FromScript(Request)
            ? new NoContentResult()
            : RedirectToPage("/Groups/Discussion/Thread", new { groupId, threadId });
    }

    public async Task<IActionResult> OnPostAsync(Guid groupId, Guid threadId)
    {
        if (!await LoadAsync(groupId, threadId))
        {
            return NotFound();
        }
        if (!Access.CanPost)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var writer = ActivatorUtilities.CreateInstance<DiscussionWriter>(HttpContext.RequestServices);
        var written = await writer.ReplyAsync(Access, Thread, Reply, HttpContext.RequestAborted);
        // Replying is reading: what stood above the reply is no longer new to its writer.
        await DiscussionReading.MarkReadAsync(db, threadId, Access.UserId, Access.Now, HttpContext.RequestAborted);
        return RedirectToPage("/Groups/Discussion/Thread", null, new { groupId, threadId, help = written.Crisis ? written.PostId : (Guid?)null }, $"post-{written.PostId}");
    }

    private async Task<bool> LoadAsync(Guid groupId, Guid threadId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var viewer = await authorization.AuthorizedGroupViewerAsync(viewers, User, groupId, new ReadDiscussion(), cancellationToken);
        if (viewer is null)
        {
            return false;
        }
        var access = await DiscussionAccess.ForAsync(db, viewer, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var thread = await db.DiscussionThreads.FirstOrDefaultAsync(t => t.Id == threadId && t.GroupId == groupId, cancellationToken);
        if (thread is null || (thread.AuthorUserId is { } author && await Moderation.Blocking.BetweenAsync(db, access.UserId, author, cancellationToken)))
        {
            return false;
        }
        (Access, Thread) = (access, thread);
        Title = protector.Unprotect(FieldPurposes.DiscussionTitle, thread.ProtectedTitle) ?? "";
        var (posts, fromBlocked) = await DiscussionReading.PostsAsync(db, protector, threadId, access.UserId, cancellationToken);
        Posts = new PostsView(access, threadId, posts, fromBlocked);
        return true;
    }
}
