using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.GroundRules;

/// <summary>
/// Co-created ground rules: the facilitator drafts, members propose changes and agree; each
/// version is kept with who agreed to it.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(
    CirclesDb db, IAuthorizationService authorization, GroupViewers viewers, CurrentGroundRules currentRules, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public GroupViewer Viewer { get; private set; } = null!;
    public GroundRulesVersion? Current { get; private set; }
    public bool IAgreed { get; private set; }
    public IReadOnlyList<string> AgreedBy { get; private set; } = [];
    public int ActiveMembers { get; private set; }
    public IReadOnlyList<ProposalRow> Proposals { get; private set; } = [];
    public IReadOnlyList<VersionRow> History { get; private set; } = [];
    public string? Message { get; private set; }

    [BindProperty]
    [StringLength(4000, ErrorMessage = "Use at most 4000 characters.")]
    [Display(Name = "The rules, one per line")]
    public string? Draft { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "Use at most 1000 characters.")]
    [Display(Name = "Your suggestion")]
    public string? Proposal { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done = null)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Draft = Current?.Text;
        Message = done switch
        {
            "agreed" => l["Thank you. Your agreement is recorded."].Value,
            "proposed" => l["Thank you. Your suggestion is with the facilitator."].Value,
            "published" => l["The new version is published. Members will be asked to agree to it."].Value,
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        if (!await LoadAsync(id, new ManageGroup()))
        {
            return NotFound();
        }
        var text = string.Join('\n', (Draft ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (text.Length == 0)
        {
            ModelState.AddModelError(nameof(Draft), l["Write at least one rule."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.GroundRulesVersions.Add(new GroundRulesVersion
        {
            GroupId = id,
            Number = (Current?.Number ?? 0) + 1,
            Text = text,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedByUserId = Viewer.UserId,
        });
        // Suggestions the facilitator has seen are settled by publishing: taken in or not, members see which.
        foreach (var proposalId in Request.Form["takenIn"].Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty))
        {
            var proposal = await db.GroundRulesProposals.FirstOrDefaultAsync(p => p.Id == proposalId && p.GroupId == id && p.Status == ProposalStatus.Open, HttpContext.RequestAborted);
            if (proposal is not null)
            {
                proposal.Status = ProposalStatus.TakenIn;
                proposal.DecidedAt = clock.GetUtcNow().UtcDateTime;
            }
        }
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // Another facilitator published the same version number first.
            db.ChangeTracker.Clear();
            await LoadAsync(id);
            Message = l["Someone else published a new version at the same moment. Please look at it and try again."];
            return Page();
        }
        return RedirectToPage("/Groups/Rules", new { id, done = "published" });
    }

    public async Task<IActionResult> OnPostAgreeAsync(Guid id, Guid versionId)
    {
        if (!await LoadAsync(id) || !Viewer.IsActiveMember)
        {
            return NotFound();
        }
        // Agreement counts only for the version on the screen, and only once.
        if (Current?.Id == versionId && !IAgreed)
        {
            db.GroundRulesAgreements.Add(new GroundRulesAgreement { VersionId = versionId, UserId = Viewer.UserId, AgreedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        return RedirectToPage("/Groups/Rules", new { id, done = "agreed" });
    }

    public async Task<IActionResult> OnPostProposeAsync(Guid id)
    {
        if (!await LoadAsync(id) || !(Viewer.IsActiveMember || Viewer.CanManage))
        {
            return NotFound();
        }
        var text = (Proposal ?? "").Trim();
        if (text.Length == 0)
        {
            ModelState.AddModelError(nameof(Proposal), l["Write your suggestion first."]);
        }
        if (!ModelState.IsValid)
        {
            Draft ??= Current?.Text;
            return Page();
        }
        db.GroundRulesProposals.Add(new GroundRulesProposal
        {
            GroupId = id,
            ProposedByUserId = Viewer.UserId,
            Text = text,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Groups/Rules", new { id, done = "proposed" });
    }

    public async Task<IActionResult> OnPostSetAsideAsync(Guid id, Guid proposalId)
    {
        if (!await LoadAsync(id, new ManageGroup()))
        {
            return NotFound();
        }
        var proposal = await db.GroundRulesProposals.FirstOrDefaultAsync(p => p.Id == proposalId && p.GroupId == id, HttpContext.RequestAborted);
        if (proposal is null)
        {
            return NotFound();
        }
        proposal.Status = ProposalStatus.NotTaken;
        proposal.DecidedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Groups/Rules", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, GroupRequirement? requirement = null)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var viewer = await authorization.AuthorizedGroupViewerAsync(viewers, User, id, requirement ?? new BelongToGroup(), cancellationToken);
        if (viewer is null)
        {
            return false;
        }
        Viewer = viewer;
        Current = await currentRules.ForGroupAsync(id, cancellationToken);
        ActiveMembers = await db.GroupMemberships.CountAsync(m => m.GroupId == id && m.Status == MembershipStatus.Active, cancellationToken);
        if (Current is not null)
        {
            var versionId = Current.Id;
            IAgreed = await db.GroundRulesAgreements.AnyAsync(a => a.VersionId == versionId && a.UserId == viewer.UserId, cancellationToken);
            AgreedBy = await db.GroundRulesAgreements.Where(a => a.VersionId == versionId)
                .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => u.UserName!)
                .OrderBy(n => n).ToListAsync(cancellationToken);
        }
        var mine = viewer.UserId;
        var canManage = viewer.CanManage;
        // Members see their own suggestions; facilitators see everyone's, without who wrote them.
        Proposals = await db.GroundRulesProposals
            .Where(p => p.GroupId == id && (canManage || p.ProposedByUserId == mine))
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new ProposalRow(p.Id, p.Text, p.Status, p.CreatedAt))
            .ToListAsync(cancellationToken);
        History = await db.GroundRulesVersions.Where(v => v.GroupId == id)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Number, v.CreatedAt, db.GroundRulesAgreements.Count(a => a.VersionId == v.Id)))
            .ToListAsync(cancellationToken);
        return true;
    }

    public sealed record ProposalRow(Guid Id, string Text, ProposalStatus Status, DateTime CreatedAt);

    public sealed record VersionRow(int Number, DateTime CreatedAt, int Agreements);
}
