using System.Globalization;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Needs;

/// <summary>
/// A facilitator records a need for a member of one of their groups, only with the member's
/// agreement (noted, with when). Facilitators see the needs they recorded, and no others.
/// </summary>
[Authorize(Policy = Policies.Facilitator)]
public sealed class RecordModel(CirclesDb db, FieldProtector protector, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RecordNeedForm Form { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];
    public IReadOnlyList<CommunityChoice> Communities { get; private set; } = [];
    public IReadOnlyList<RecordedRow> Recorded { get; private set; } = [];
    public bool Saved { get; private set; }

    public sealed record RecordedRow(string Member, NeedCategory Category, NeedStatus Status, DateTime CreatedAt);

    public async Task OnGetAsync(bool saved = false)
    {
        await LoadAsync();
        Saved = saved;
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Form.Language = NeedLanguages.IsKnown(culture) ? culture : "en";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        NeedChoices.Validate(Form, Communities, ModelState, l);
        if (Form.MemberUserId is { } chosen && People.All(p => p.Id != chosen))
        {
            ModelState.AddModelError("Form.MemberUserId", l["Choose the person from the list."]);
        }
        if (!Form.ConsentNoted)
        {
            ModelState.AddModelError("Form.ConsentNoted", l["Record a need only when the person agreed to it."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var need = NeedChoices.NewNeed(Form, Form.MemberUserId!.Value, now, protector);
        need.RecordedByUserId = User.GetUserId();
        need.RecordingConsentNotedAt = now;
        db.Needs.Add(need);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Needs/Record", new { saved = "true" });
    }

    private async Task LoadAsync()
    {
        var userId = User.GetUserId()!.Value;
        var all = User.IsInRole(Roles.Coordinator);
        var cancellationToken = HttpContext.RequestAborted;
        // The groups this person runs (every group, for coordinators).
        var groups = db.SupportGroups.Where(g => all || db.GroupFacilitators.Any(f => f.GroupId == g.Id && f.UserId == userId));
        People = [.. (await db.Users
            .Where(u => db.GroupMemberships.Any(m => m.UserId == u.Id && m.Status == MembershipStatus.Active && groups.Any(g => g.Id == m.GroupId)))
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName })
            .ToListAsync(cancellationToken)).Select(u => (u.Id, u.UserName ?? ""))];
        Communities = await NeedChoices.ChoicesAsync(groups, db, cancellationToken);
        Recorded = await db.Needs.Where(n => n.RecordedByUserId == userId)
            .Join(db.Users, n => n.MemberUserId, u => u.Id, (n, u) => new { n, u.UserName })
            .OrderByDescending(x => x.n.CreatedAt)
            .Take(50)
            .Select(x => new RecordedRow(x.UserName!, x.n.Category, x.n.Status, x.n.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
