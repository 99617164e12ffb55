using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Partners;

/// <summary>Editing a partner; a concurrent edit is detected, not overwritten (SEC-43).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditModel(CirclesDb db, FieldProtector protector, AuditLog audit, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public PartnerForm Form { get; set; } = new();

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public bool Conflict { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Communities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var partner = await FindAsync(id);
        if (partner is null)
        {
            return NotFound();
        }
        var cancellationToken = HttpContext.RequestAborted;
        var linked = await db.PartnerCommunities.Where(l => l.PartnerId == id).Select(l => l.CommunityId).ToListAsync(cancellationToken);
        Form = PartnerForm.From(partner, protector, linked);
        Communities = await PartnerFieldsView.CommunitiesAsync(db, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var partner = await FindAsync(id);
        if (partner is null)
        {
            return NotFound();
        }
        var cancellationToken = HttpContext.RequestAborted;
        Communities = await PartnerFieldsView.CommunitiesAsync(db, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExpectVersion(partner, Form.Version);
        Form.ApplyTo(partner, protector);
        await PartnerFieldsView.ApplyCommunitiesAsync(db, partner, Form.CommunityIds, cancellationToken);
        // The links are saved with the record, so the version check guards them too.
        db.Touch(partner);
        audit.Record(User.GetOrganizationId()!.Value, User.GetUserId(), AuditActions.PartnerRecordChanged, partner.Id.ToString());
        if (!await db.TrySaveAsync(cancellationToken))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Partners/Details", new { id, saved = true });
    }

    private async Task<Partner?> FindAsync(Guid id)
    {
        Id = id;
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (partner is null || !(await authorization.AuthorizeAsync(User, partner, new ManagePartner())).Succeeded)
        {
            return null;
        }
        Name = partner.Name;
        return partner;
    }
}
