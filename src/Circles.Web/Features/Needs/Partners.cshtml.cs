using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Needs;

/// <summary>
/// A coordinator links a partner account to the directory organization it works for, so it sees
/// the referrals (with consent) made to that organization's services. Links are audited.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class PartnersModel(CirclesDb db, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<(Guid Id, string Name)> Partners { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Organizations { get; private set; } = [];
    public IReadOnlyList<LinkRow> Links { get; private set; } = [];
    public string? Message { get; private set; }

    public sealed record LinkRow(Guid Id, string Partner, string Organization);

    public async Task OnGetAsync(bool saved = false)
    {
        await LoadAsync();
        Message = saved ? l["Saved."].Value : null;
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid partnerUserId, string? directoryOrganizationId)
    {
        await LoadAsync();
        if (Partners.All(p => p.Id != partnerUserId) || Organizations.All(o => o.Id != directoryOrganizationId))
        {
            Message = l["Choose a partner account and an organization from the lists."].Value;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var exists = await db.PartnerAffiliations.AnyAsync(a => a.UserId == partnerUserId && a.DirectoryOrganizationId == directoryOrganizationId, HttpContext.RequestAborted);
        if (!exists)
        {
            var link = new PartnerAffiliation { UserId = partnerUserId, DirectoryOrganizationId = directoryOrganizationId! };
            db.PartnerAffiliations.Add(link);
            audit.Record(User.GetOrganizationId()!.Value, User.GetUserId(), AuditActions.PartnerLinked, link.Id.ToString());
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        return RedirectToPage("/Needs/Partners", new { saved = "true" });
    }

    public async Task<IActionResult> OnPostUnlinkAsync(Guid linkId)
    {
        var link = await db.PartnerAffiliations.FirstOrDefaultAsync(a => a.Id == linkId, HttpContext.RequestAborted);
        if (link is null)
        {
            return NotFound();
        }
        db.PartnerAffiliations.Remove(link);
        audit.Record(User.GetOrganizationId()!.Value, User.GetUserId(), AuditActions.PartnerUnlinked, link.Id.ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Needs/Partners", new { saved = "true" });
    }

    private async Task LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var partnerRole = db.Roles.Where(r => r.Name == Roles.Partner).Select(r => r.Id);
        Partners = [.. (await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && partnerRole.Contains(ur.RoleId)))
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName })
            .ToListAsync(cancellationToken)).Select(u => (u.Id, u.UserName ?? ""))];
        var organizations = await db.Set<HsdsOrganization>()
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(cancellationToken);
        Organizations = [.. organizations.Select(o => (o.Id, o.Name ?? o.Id))];
        var names = Organizations.ToDictionary(o => o.Id, o => o.Name);
        Links = [.. (await db.PartnerAffiliations
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { a.Id, u.UserName, a.DirectoryOrganizationId })
            .OrderBy(a => a.UserName)
            .ToListAsync(cancellationToken))
            .Select(a => new LinkRow(a.Id, a.UserName ?? "", names.GetValueOrDefault(a.DirectoryOrganizationId, a.DirectoryOrganizationId)))];
    }
}
