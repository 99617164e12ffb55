using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Feedback;

/// <summary>
/// Feedback for facilitators: a session's answers appear only once at least three people have
/// answered, so nobody's answer can be singled out; trends across sessions help adapt the format.
/// </summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class ResultsModel(CirclesDb db, IAuthorizationService authorization, GroupViewers viewers) : PageModel
{
    public const int MinimumResponses = 3;

    public GroupViewer Viewer { get; private set; } = null!;
    public IReadOnlyList<SessionResult> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var group = await db.SupportGroups.FirstOrDefaultAsync(g => g.Id == id, HttpContext.RequestAborted);
        if (group is null || !(await authorization.AuthorizeAsync(User, group, new ManageGroup())).Succeeded)
        {
            return NotFound();
        }
        var viewer = (await viewers.OfAsync(User, group, HttpContext.RequestAborted))!;
        Viewer = viewer;
        var held = await db.GroupSessions
            .Where(s => s.GroupId == id && s.Status == SessionStatus.Held)
            .OrderByDescending(s => s.StartsAt)
            .Take(20)
            .Select(s => new { s.Id, s.StartsAt })
            .ToListAsync(HttpContext.RequestAborted);
        var sessionIds = held.Select(s => s.Id).ToList();
        var responses = await db.FeedbackResponses
            .Where(r => sessionIds.Contains(r.SessionId))
            .Select(r => new { r.SessionId, r.FeltSafe, r.Useful, r.ShouldChange, r.Comment })
            .ToListAsync(HttpContext.RequestAborted);
        var bySession = responses.ToLookup(r => r.SessionId);
        Sessions = [.. held.Select(s =>
        {
            var answers = bySession[s.Id].ToList();
            return answers.Count < MinimumResponses
                ? new SessionResult(SessionTimes.ToLocal(s.StartsAt, viewer.Group.TimeZone), answers.Count, null, null, [])
                : new SessionResult(
                    SessionTimes.ToLocal(s.StartsAt, viewer.Group.TimeZone),
                    answers.Count,
                    Math.Round(answers.Average(a => a.FeltSafe), 1),
                    Math.Round(answers.Average(a => a.Useful), 1),
                    // Sorted by text, so the order does not follow who answered first.
                    [.. answers.SelectMany(a => new[] { a.ShouldChange, a.Comment }).Where(t => t.Length > 0).Order(StringComparer.Ordinal)]);
        })];
        return Page();
    }

    public sealed record SessionResult(DateTime LocalStart, int Responses, double? FeltSafe, double? Useful, IReadOnlyList<string> Comments)
    {
        public bool Shown => FeltSafe is not null;
    }
}
