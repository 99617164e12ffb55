using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.FormatChanges;

/// <summary>
/// A group's format and agenda history: every change, newest first, with who recorded it. For the
/// group's facilitators and the coordinators (members 403 by the policy, another group's
/// facilitator 404 by <see cref="ManagedGroup"/>).
/// </summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class IndexModel(CirclesDb db, IAuthorizationService authorization, GroupViewers viewers, IStringLocalizer<SharedResource> l) : PageModel
{
    public GroupViewer Viewer { get; private set; } = null!;
    public IReadOnlyList<ChangeRow> Changes { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done = null)
    {
        if (await authorization.AuthorizedGroupViewerAsync(viewers, User, id, new ManageGroup(), HttpContext.RequestAborted) is not { } viewer)
        {
            return NotFound();
        }
        Viewer = viewer;
        // Only the known outcomes: the link does not put its own words on the page.
        Message = done switch
        {
            "saved" => l["The change is saved."].Value,
            "deleted" => l["The change is deleted."].Value,
            _ => null,
        };
        Changes = await db.GroupFormatChanges
            .Where(c => c.GroupId == id)
            .OrderByDescending(c => c.TookEffectOn).ThenByDescending(c => c.RecordedAt)
            .Select(c => new ChangeRow(
                c.Id,
                new ChangeSummary(c.TookEffectOn, c.Area, c.WhatChanged, c.Field, c.Before, c.After, c.BecauseOfFeedback, c.YouSaid, c.WeChanged),
                db.Users.Where(u => u.Id == c.RecordedByUserId).Select(u => u.UserName).FirstOrDefault(), c.RecordedAt))
            .ToListAsync(HttpContext.RequestAborted);
        return Page();
    }

    public sealed record ChangeRow(Guid Id, ChangeSummary Summary, string? RecordedBy, DateTime RecordedAt);
}
