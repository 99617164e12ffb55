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
/// A group's discussion: its threads, newest activity first, with what is new for the reader;
/// starting a thread; and, for facilitators, going on and off duty. Members, peer supporters,
/// facilitators and coordinators reach it; <see cref="DiscussionReaders"/> decides who really does.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class IndexModel(
    CirclesDb db, IAuthorizationService authorization, GroupViewers viewers, FieldProtector protector, TimeProvider clock, PageFrame frame) : PageModel
{
    public static readonly int[] DutyHours = [1, 2, 4];

    public DiscussionAccess Access { get; private set; } = null!;
    public IReadOnlyList<ThreadRow> Threads { get; private set; } = [];
    public IReadOnlyList<string>? CrisisLines { get; private set; }
    public string? Done { get; private set; }

    [BindProperty]
    public ThreadForm NewThread { get; set; } = new();

    public ThreadsView ThreadsView => new(Access, Threads);

    public async Task<IActionResult> OnGetAsync(Guid groupId, string? done = null, Guid? help = null)
    {
        if (!await LoadAsync(groupId))
        {
            return NotFound();
        }
        Done = done is "duty-started" or "duty-ended" ? done : null;
        CrisisLines = await DiscussionCrisis.LinesIfMatchedAsync(db, frame, help, Access.UserId, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The thread list alone, for live updates; the same access rule as the page.</summary>
    public async Task<IActionResult> OnGetThreadsAsync(Guid groupId)
    {
        if (!await LoadAsync(groupId))
        {
            return NotFound();
        }
        return Partial("_Threads", ThreadsView);
    }

    public async Task<IActionResult> OnPostAsync(Guid groupId)
    {
        if (!await LoadAsync(groupId))
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
        var written = await writer.StartThreadAsync(Access, NewThread, HttpContext.RequestAborted);
        return RedirectToPage("/Groups/Discussion/Thread", new { groupId, threadId = written.ThreadId, help = written.Crisis ? written.PostId : (Guid?)null });
    }

    public async Task<IActionResult> OnPostStartDutyAsync(Guid groupId, int hours)
    {
        if (!await LoadAsync(groupId) || !Access.IsFacilitator || Access.Group.DiscussionMode == DiscussionMode.Off)
        {
            return NotFound();
        }
        if (!DutyHours.Contains(hours))
        {
            return BadRequest();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // Starting again replaces one's own current duty, so there is one end time to trust.
        foreach (var mine in await MyCurrentDutiesAsync(groupId, now))
        {
            mine.EndsAt = now;
        }
        db.FacilitatorDuties.Add(new FacilitatorDuty { GroupId = groupId, UserId = Access.UserId, StartedAt = now, EndsAt = now.AddHours(hours) });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await DiscussionCrisis.TellGroupAsync(HttpContext.RequestServices, db, Access.Group, now, HttpContext.RequestAborted);
        return RedirectToPage("/Groups/Discussion/Index", new { groupId, done = "duty-started" });
    }

    public async Task<IActionResult> OnPostEndDutyAsync(Guid groupId)
    {
        if (!await LoadAsync(groupId) || !Access.IsFacilitator)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var mine in await MyCurrentDutiesAsync(groupId, now))
        {
            mine.EndsAt = now;
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await DiscussionCrisis.TellGroupAsync(HttpContext.RequestServices, db, Access.Group, now, HttpContext.RequestAborted);
        return RedirectToPage("/Groups/Discussion/Index", new { groupId, done = "duty-ended" });
    }

    private Task<List<FacilitatorDuty>> MyCurrentDutiesAsync(Guid groupId, DateTime now) =>
        db.FacilitatorDuties.Where(d => d.GroupId == groupId && d.UserId == Access.UserId && d.EndsAt > now).ToListAsync(HttpContext.RequestAborted);

    private async Task<bool> LoadAsync(Guid groupId)
    {
        var viewer = await authorization.AuthorizedGroupViewerAsync(viewers, User, groupId, new ReadDiscussion(), HttpContext.RequestAborted);
        if (viewer is null)
        {
            return false;
        }
        var access = await DiscussionAccess.ForAsync(db, viewer, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        Access = access;
        Threads = await DiscussionReading.ThreadsAsync(db, protector, groupId, access.UserId, HttpContext.RequestAborted);
        return true;
    }
}
