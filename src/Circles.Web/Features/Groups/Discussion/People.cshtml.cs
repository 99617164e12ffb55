using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Groups;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Moderation;

/// <summary>
/// A group's facilitators (or a coordinator) mute someone in its discussion (they read but cannot
/// post) or remove them from it (they cannot see it), with a reason and an optional end, and lift
/// it again. Audited by the restriction's id (SEC-32). The rule itself is <see cref="DiscussionRestrictions"/>.
/// </summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class DiscussionPeopleModel(
    CirclesDb db, IAuthorizationService authorization, TimeProvider clock, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The lengths a facilitator can choose; 0 means until lifted.</summary>
    public static readonly IReadOnlyList<int> Durations = [0, 1, 3, 7, 30];

    public SupportGroup Group { get; private set; } = null!;
    public IReadOnlyList<PersonRow> People { get; private set; } = [];
    public IReadOnlyList<RestrictionRow> Current { get; private set; } = [];
    public string? Done { get; private set; }

    [BindProperty]
    public RestrictForm Form { get; set; } = new();

    public sealed record PersonRow(Guid UserId, string Pseudonym);

    public sealed record RestrictionRow(Guid Id, string Pseudonym, DiscussionRestrictionKind Kind, string Reason, DateTime Since, DateTime? Until);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? user, string? done)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Done = done is "muted" or "removed" or "lifted" ? done : null;
        if (user is { } preselected && People.Any(p => p.UserId == preselected))
        {
            Form.UserId = preselected;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var groupId = id;
        var cancellationToken = HttpContext.RequestAborted;
        if (!await LoadAsync(groupId))
        {
            return NotFound();
        }
        if (Form.UserId is { } chosen && People.All(p => p.UserId != chosen))
        {
            ModelState.AddModelError("Form.UserId", l["Choose someone from this group."]);
        }
        if (Form.Days is { } days && !Durations.Contains(days))
        {
            ModelState.AddModelError("Form.Days", l["Choose how long."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (userId, now) = (User.GetUserId()!.Value, clock.GetUtcNow().UtcDateTime);
        // One restriction at a time per person: a new one replaces what applies now.
        foreach (var previous in await DiscussionRestrictions.InForce(db, now).Where(r => r.GroupId == groupId && r.UserId == Form.UserId).ToListAsync(cancellationToken))
        {
            previous.Until = now;
        }
        var restriction = new DiscussionRestriction
        {
            GroupId = groupId,
            UserId = Form.UserId!.Value,
            Kind = Form.Kind!.Value,
            Reason = Form.Reason!.Trim(),
            ByUserId = userId,
            CreatedAt = now,
            Until = Form.Days is > 0 and var d ? now.AddDays(d) : null,
        };
        db.DiscussionRestrictions.Add(restriction);
        audit.Record(db.CurrentOrganizationId, userId,
            restriction.Kind == DiscussionRestrictionKind.Muted ? AuditActions.MemberMuted : AuditActions.MemberRemovedFromDiscussion,
            restriction.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Groups/Discussion/People", new { id = groupId, done = (restriction.Kind == DiscussionRestrictionKind.Muted ? "muted" : "removed") });
    }

    public async Task<IActionResult> OnPostLiftAsync(Guid id, Guid restriction)
    {
        var groupId = id;
        var cancellationToken = HttpContext.RequestAborted;
        if (!await LoadAsync(groupId))
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var current = await DiscussionRestrictions.InForce(db, now).FirstOrDefaultAsync(r => r.Id == restriction && r.GroupId == groupId, cancellationToken);
        if (current is not null)
        {
            current.Until = now;
            audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.RestrictionLifted, current.Id.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }
        // Already lifted or ended by itself: the outcome is the one asked for.
        return RedirectToPage("/Groups/Discussion/People", new { id = groupId, done = "lifted" });
    }

    /// <summary>False when the signed-in person may not moderate this group (not its facilitator nor a coordinator).</summary>
    private async Task<bool> LoadAsync(Guid groupId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var group = await db.SupportGroups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null || !(await authorization.AuthorizeAsync(User, group, new ManageGroup())).Succeeded)
        {
            return false;
        }
        Group = group;
        var now = clock.GetUtcNow().UtcDateTime;
        People = await db.GroupMemberships
            .Where(m => m.GroupId == groupId && m.Status == MembershipStatus.Active)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.UserName })
            .OrderBy(p => p.UserName)
            .Select(p => new PersonRow(p.Id, p.UserName ?? ""))
            .ToListAsync(cancellationToken);
        Current = await DiscussionRestrictions.InForce(db, now)
            .Where(r => r.GroupId == groupId)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r.Id, u.UserName, r.Kind, r.Reason, r.CreatedAt, r.Until })
            .OrderBy(r => r.UserName)
            .Select(r => new RestrictionRow(r.Id, r.UserName ?? "", r.Kind, r.Reason, r.CreatedAt, r.Until))
            .ToListAsync(cancellationToken);
        return true;
    }

    public sealed class RestrictForm
    {
        [Required(ErrorMessage = "Choose someone from this group.")]
        [Display(Name = "Who")]
        public Guid? UserId { get; set; }

        [Required(ErrorMessage = "Choose mute or remove.")]
        [Display(Name = "What")]
        public DiscussionRestrictionKind? Kind { get; set; }

        [Required(ErrorMessage = "Write a short reason.")]
        [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
        [Display(Name = "Reason (kept on the record)")]
        public string? Reason { get; set; }

        [Display(Name = "For how long")]
        public int? Days { get; set; }
    }
}
