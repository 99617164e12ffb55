using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Communities;

/// <summary>The communities the organization serves, and a form to describe a new one.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CommunityForm Form { get; set; } = new();

    public IReadOnlyList<CommunityRow> Communities { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var community = new Community { Name = Form.Name, CreatedAt = clock.GetUtcNow().UtcDateTime };
        Form.ApplyTo(community);
        db.Communities.Add(community);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Communities/Edit", new { id = community.Id, created = true });
    }

    private async Task LoadAsync() =>
        Communities = await db.Communities
            .OrderBy(c => c.Name)
            .Select(c => new CommunityRow(c.Id, c.Name, c.Kind, c.Region, db.SupportGroups.Count(g => g.CommunityId == c.Id)))
            .ToListAsync(HttpContext.RequestAborted);

    public sealed record CommunityRow(Guid Id, string Name, CommunityKind Kind, string Region, int Groups);
}
