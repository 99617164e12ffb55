using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Partners;

/// <summary>
/// One partner: its contact person (decrypted for coordinators only), communities, engagement
/// log with next steps, the partner accounts that speak for it, and the campaign tasks it owns.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class DetailsModel(
    CirclesDb db,
    FieldProtector protector,
    AuditLog audit,
    TimeProvider clock,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public Guid Id { get; private set; }
    public Partner Partner { get; private set; } = null!;
    public string? ContactName { get; private set; }
    public string? ContactPhone { get; private set; }
    public string? ContactEmail { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Communities { get; private set; } = [];
    public IReadOnlyList<EntryRow> Entries { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Staff { get; private set; } = [];
    public IReadOnlyList<(Guid LinkId, string UserName)> Accounts { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string UserName)> UnlinkedAccounts { get; private set; } = [];
    public IReadOnlyList<(string Title, string Campaign, DateOnly? DueOn, bool Done)> Tasks { get; private set; } = [];
    public EngagementForm Entry { get; set; } = new();
    public string? Message { get; private set; }
    public DateOnly Today { get; private set; }

    public sealed record EntryRow(Guid Id, EngagementKind Kind, DateOnly OccurredOn, string Note, string? NextStep, DateOnly? DueOn, string? Owner, bool Done);

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved = false)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Message = saved ? l["Saved."].Value : null;
        Entry.OccurredOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostEngagementAsync(Guid id, EngagementForm entry)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Entry = entry;
        var nextStep = string.IsNullOrWhiteSpace(entry.NextStep) ? null : entry.NextStep.Trim();
        if (nextStep is not null && entry.NextStepDueOn is null)
        {
            ModelState.AddModelError("entry.NextStepDueOn", l["Give the next step a due date."]);
        }
        if (entry.NextStepOwnerUserId is { } owner && Staff.All(s => s.Id != owner))
        {
            ModelState.AddModelError("entry.NextStepOwnerUserId", l["Choose who takes the next step from the list."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.PartnerEngagements.Add(new PartnerEngagement
        {
            PartnerId = id,
            Kind = entry.Kind,
            OccurredOn = entry.OccurredOn!.Value,
            Note = entry.Note!.Trim(),
            NextStep = nextStep,
            NextStepDueOn = nextStep is null ? null : entry.NextStepDueOn,
            NextStepOwnerUserId = nextStep is null ? null : entry.NextStepOwnerUserId,
            CreatedByUserId = User.GetUserId(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { id, saved = true });
    }

    /// <summary>Marks a next step done; from this page or from the coordinator's home (<paramref name="home"/>).</summary>
    public async Task<IActionResult> OnPostNextStepDoneAsync(Guid id, Guid entryId, bool home = false)
    {
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (partner is null || !(await authorization.AuthorizeAsync(User, partner, new ManagePartner())).Succeeded)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = await db.PartnerEngagements.FirstOrDefaultAsync(e => e.Id == entryId && e.PartnerId == id && e.NextStep != null, HttpContext.RequestAborted);
        if (entry is null)
        {
            return NotFound();
        }
        // Done twice (two windows) is still done once: the first date stays.
        entry.NextStepDoneAt ??= now;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return home ? RedirectToPage("/Home/Coordinator") : RedirectToPage(new { id, saved = true });
    }

    public async Task<IActionResult> OnPostLinkAccountAsync(Guid id, Guid userId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (UnlinkedAccounts.All(a => a.Id != userId))
        {
            Message = l["Choose a partner account from the list."].Value;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var link = new PartnerAccount { PartnerId = id, UserId = userId };
        db.PartnerAccounts.Add(link);
        audit.Record(User.GetOrganizationId()!.Value, User.GetUserId(), AuditActions.PartnerAccountLinked, link.Id.ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { id, saved = true });
    }

    public async Task<IActionResult> OnPostUnlinkAccountAsync(Guid id, Guid linkId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var link = await db.PartnerAccounts.FirstOrDefaultAsync(a => a.Id == linkId && a.PartnerId == id, HttpContext.RequestAborted);
        if (link is null)
        {
            return NotFound();
        }
        db.PartnerAccounts.Remove(link);
        audit.Record(User.GetOrganizationId()!.Value, User.GetUserId(), AuditActions.PartnerAccountUnlinked, link.Id.ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { id, saved = true });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        Id = id;
        Today = clock.UtcToday();
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null || !(await authorization.AuthorizeAsync(User, partner, new ManagePartner())).Succeeded)
        {
            return false;
        }
        Partner = partner;
        ContactName = protector.Unprotect(FieldPurposes.PartnerContactName, partner.ContactNameProtected);
        ContactPhone = protector.Unprotect(FieldPurposes.PartnerContactPhone, partner.ContactPhoneProtected);
        ContactEmail = protector.Unprotect(FieldPurposes.PartnerContactEmail, partner.ContactEmailProtected);
        Communities = [.. (await db.PartnerCommunities.Where(l => l.PartnerId == id)
            .Join(db.Communities, l => l.CommunityId, c => c.Id, (l, c) => new { c.Id, c.Name })
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name))];
        Entries = await db.PartnerEngagements.Where(e => e.PartnerId == id)
            .OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.CreatedAt)
            .Select(e => new EntryRow(
                e.Id, e.Kind, e.OccurredOn, e.Note, e.NextStep, e.NextStepDueOn,
                db.Users.Where(u => u.Id == e.NextStepOwnerUserId).Select(u => u.UserName).FirstOrDefault(),
                e.NextStepDoneAt != null))
            .ToListAsync(cancellationToken);
        var staffRoles = db.Roles.Where(r => r.Name == Roles.Coordinator || r.Name == Roles.Facilitator).Select(r => r.Id);
        Staff = [.. (await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoles.Contains(ur.RoleId)))
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName })
            .ToListAsync(cancellationToken)).Select(u => (u.Id, u.UserName ?? ""))];
        Accounts = [.. (await db.PartnerAccounts.Where(a => a.PartnerId == id)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { a.Id, u.UserName })
            .OrderBy(a => a.UserName)
            .ToListAsync(cancellationToken)).Select(a => (a.Id, a.UserName ?? ""))];
        var partnerRole = db.Roles.Where(r => r.Name == Roles.Partner).Select(r => r.Id);
        UnlinkedAccounts = [.. (await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && partnerRole.Contains(ur.RoleId)))
            .Where(u => !db.PartnerAccounts.Any(a => a.PartnerId == id && a.UserId == u.Id))
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName })
            .ToListAsync(cancellationToken)).Select(u => (u.Id, u.UserName ?? ""))];
        Tasks = [.. (await db.CampaignTasks.Where(t => t.OwnerPartnerId == id)
            .Join(db.Campaigns, t => t.CampaignId, c => c.Id, (t, c) => new { t.Title, Campaign = c.Name, t.DueOn, Done = t.DoneAt != null })
            .OrderBy(t => t.DueOn)
            .ToListAsync(cancellationToken)).Select(t => (t.Title, t.Campaign, t.DueOn, t.Done))];
        return true;
    }
}
