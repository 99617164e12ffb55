using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Partners;

/// <summary>The organization's partners and trusted voices, filtered by kind and community.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PartnerKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Community { get; set; }

    public IReadOnlyList<PartnerRow> Partners { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Communities { get; private set; } = [];

    public sealed record PartnerRow(Guid Id, string Name, PartnerKind Kind, IReadOnlyList<string> Communities, DateOnly? NextStepDueOn);

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Communities = [.. (await db.Communities.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.Name))];
        var partners = db.Partners.AsQueryable();
        if (Kind is { } kind)
        {
            partners = partners.Where(p => p.Kind == kind);
        }
        if (Community is { } communityId)
        {
            partners = partners.Where(p => db.PartnerCommunities.Any(l => l.PartnerId == p.Id && l.CommunityId == communityId));
        }
        var rows = await partners
            .OrderBy(p => p.Name)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.Kind,
                NextStepDueOn = db.PartnerEngagements
                    .Where(e => e.PartnerId == p.Id && e.NextStepDueOn != null && e.NextStepDoneAt == null)
                    .Min(e => e.NextStepDueOn),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var links = await db.PartnerCommunities
            .Where(l => ids.Contains(l.PartnerId))
            .Join(db.Communities, l => l.CommunityId, c => c.Id, (l, c) => new { l.PartnerId, c.Name })
            .ToListAsync(cancellationToken);
        var byPartner = links.ToLookup(l => l.PartnerId, l => l.Name);
        Partners = [.. rows.Select(r => new PartnerRow(r.Id, r.Name, r.Kind, [.. byPartner[r.Id].Order(StringComparer.CurrentCulture)], r.NextStepDueOn))];
    }
}
