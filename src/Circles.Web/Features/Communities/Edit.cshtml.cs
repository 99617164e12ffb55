using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Communities;

/// <summary>Editing a community; a concurrent edit is detected, not overwritten (SEC-43).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditModel(CirclesDb db) : PageModel
{
    [BindProperty]
    public CommunityForm Form { get; set; } = new();

    public Guid Id { get; private set; }
    public bool Saved { get; private set; }
    public bool Conflict { get; private set; }

    /// <summary>The partners linked to this community (its trusted leaders among them).</summary>
    public IReadOnlyList<(Guid Id, string Name, Circles.Web.Features.Partners.PartnerKind Kind)> Partners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, bool created = false, bool saved = false)
    {
        var community = await db.Communities.FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (community is null)
        {
            return NotFound();
        }
        Id = id;
        await LoadPartnersAsync();
        Form = CommunityForm.From(community);
        Saved = created || saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var community = await db.Communities.FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (community is null)
        {
            return NotFound();
        }
        Id = id;
        await LoadPartnersAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExpectVersion(community, Form.Version);
        Form.ApplyTo(community);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage(new { id, saved = true });
    }

    private async Task LoadPartnersAsync() =>
        Partners = [.. (await db.PartnerCommunities.Where(l => l.CommunityId == Id)
            .Join(db.Partners, l => l.PartnerId, p => p.Id, (l, p) => new { p.Id, p.Name, p.Kind })
            .OrderBy(p => p.Name)
            .ToListAsync(HttpContext.RequestAborted)).Select(p => (p.Id, p.Name, p.Kind))];
}
