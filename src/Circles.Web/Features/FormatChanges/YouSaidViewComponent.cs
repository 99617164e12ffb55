using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.FormatChanges;

/// <summary>
/// "You said…, we changed…" on the group page: the changes of the last twelve months made because
/// of feedback, newest first, for the group's active members and those who run it. Nothing for
/// anyone else (someone asking to join, a paused member, another group's members).
/// </summary>
public sealed class YouSaidViewComponent(CirclesDb db, TimeProvider clock) : ViewComponent
{
    public sealed record Line(DateOnly TookEffectOn, string YouSaid, string WeChanged);

    public sealed record YouSaidView(GroupViewer Viewer, IReadOnlyList<Line> Lines);

    public async Task<IViewComponentResult> InvokeAsync(GroupViewer viewer)
    {
        if (!viewer.IsActiveMember && !viewer.CanManage)
        {
            return Content("");
        }
        var groupId = viewer.Group.Id;
        var since = DateOnly.FromDateTime(SessionTimes.ToLocal(clock.GetUtcNow().UtcDateTime, viewer.Group.TimeZone)).AddMonths(-12);
        var lines = await ChangesBecauseOfFeedback(db, groupId, since).ToListAsync(HttpContext.RequestAborted);
        return lines.Count == 0 && !viewer.CanManage ? Content("") : View("/Features/FormatChanges/_YouSaid.cshtml", new YouSaidView(viewer, lines));
    }

    // Compiled once: the group page asks on every request (issue 17).
    private static readonly Func<CirclesDb, Guid, DateOnly, IAsyncEnumerable<Line>> ChangesBecauseOfFeedback = EF.CompileAsyncQuery(
        (CirclesDb db, Guid groupId, DateOnly since) => db.GroupFormatChanges
            .Where(c => c.GroupId == groupId && c.BecauseOfFeedback && c.TookEffectOn >= since)
            .OrderByDescending(c => c.TookEffectOn).ThenByDescending(c => c.RecordedAt)
            .Select(c => new Line(c.TookEffectOn, c.YouSaid, c.WeChanged)));
}
