using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.FormatChanges;
using Circles.Web.Features.Groups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Feedback;

/// <summary>
/// Feedback for facilitators: a session's answers appear only once at least three people have
/// answered, so nobody's answer can be singled out. The sessions are a timeline with their agenda
/// and the group's changes between them, each change with the feedback before and after it
/// (<see cref="FeedbackTimeline"/>), so a change and its effect are seen together.
/// </summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class ResultsModel(CirclesDb db, IAuthorizationService authorization, GroupViewers viewers, TimeProvider clock) : PageModel
{
    public const int MinimumResponses = 3;

    public GroupViewer Viewer { get; private set; } = null!;
    public FeedbackTimeline.Result Timeline { get; private set; } = null!;
    public IReadOnlyList<FeedbackTimeline.SessionEntry> Sessions => Timeline.Sessions;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var viewer = await authorization.AuthorizedGroupViewerAsync(viewers, User, id, new ManageGroup(), HttpContext.RequestAborted);
        if (viewer is null)
        {
            return NotFound();
        }
        Viewer = viewer;
        Timeline = await FeedbackTimeline.LoadAsync(db, viewer.Group, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The trend of the sessions shown, oldest first, with the change days marked.</summary>
    public FeedbackChart Chart() => new(
        [.. Timeline.Sessions.Where(s => s.Shown).Select(s => (s.Day, s.FeltSafe!.Value, s.Useful!.Value))],
        [.. Timeline.Changes.Select(c => c.Summary.TookEffectOn)]);
}
