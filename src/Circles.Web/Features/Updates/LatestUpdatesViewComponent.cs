using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Updates;

/// <summary>One update as its readers see it.</summary>
public sealed record UpdateCard(Guid Id, UpdateKind Kind, string Title, string Body, DateTime PostedAt);

/// <summary>
/// The latest organizer updates for the reader's roles, on the volunteer and partner homes:
/// volunteers read those for volunteers or both, partners those for partners or both; nobody
/// else reads any (members never do), and the tenant filter keeps every other organization's out.
/// <c>@await Component.InvokeAsync("LatestUpdates")</c>.
/// </summary>
public sealed class LatestUpdatesViewComponent(CirclesDb db) : ViewComponent
{
    public const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var audiences = OrganizerUpdate.AudiencesFor(UserClaimsPrincipal.IsInRole(Roles.Volunteer), UserClaimsPrincipal.IsInRole(Roles.Partner));
        if (audiences.Count == 0)
        {
            return Content("");
        }
        var updates = await db.OrganizerUpdates
            .Where(u => audiences.Contains(u.Audience))
            .OrderByDescending(u => u.PostedAt)
            .Take(Shown)
            .Select(u => new UpdateCard(u.Id, u.Kind, u.Title, u.Body, u.PostedAt))
            .ToListAsync(HttpContext.RequestAborted);
        return View("/Features/Updates/_Updates.cshtml", updates);
    }
}
