using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Partners;

/// <summary>A new partner record; the contact person's details are encrypted (SEC-27).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class NewModel(CirclesDb db, FieldProtector protector, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PartnerForm Form { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Communities { get; private set; } = [];

    public async Task OnGetAsync(Guid? community)
    {
        Communities = await PartnerFieldsView.CommunitiesAsync(db, HttpContext.RequestAborted);
        if (community is { } id && Communities.Any(c => c.Id == id))
        {
            Form.CommunityIds.Add(id);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (!ModelState.IsValid)
        {
            Communities = await PartnerFieldsView.CommunitiesAsync(db, cancellationToken);
            return Page();
        }
        var partner = new Partner { Name = Form.Name, CreatedAt = clock.GetUtcNow().UtcDateTime };
        Form.ApplyTo(partner, protector);
        db.Partners.Add(partner);
        await PartnerFieldsView.ApplyCommunitiesAsync(db, partner, Form.CommunityIds, cancellationToken);
        audit.Record(User.GetOrganizationId()!.Value, User.GetUserId(), AuditActions.PartnerRecordCreated, partner.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Partners/Details", new { id = partner.Id, saved = true });
    }
}
