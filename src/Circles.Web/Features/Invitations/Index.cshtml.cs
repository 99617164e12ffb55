using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Hosting;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Invitations;

/// <summary>
/// Coordinators invite people for one role. The link and code are shown once, right after
/// creation, and never again: only their hashes are kept.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db, AuditLog audit, TimeProvider clock, PublicAddress publicAddress, IStringLocalizer<SharedResource> l) : PageModel
{
    public static readonly IReadOnlyList<int> ValidityChoices = [1, 3, 7, 14];

    [BindProperty]
    public CreateForm Form { get; set; } = new();

    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    public CreatedInvitation? Created { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!Roles.IsKnown(Form.Role))
        {
            ModelState.AddModelError("Form.Role", l["Choose a role."]);
        }
        if (!ValidityChoices.Contains(Form.ValidForDays))
        {
            ModelState.AddModelError("Form.ValidForDays", l["Choose how long the invitation works."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var issued = InvitationIssuing.Issue(
            User.GetOrganizationId()!.Value,
            Form.Role,
            User.GetUserId()!.Value,
            clock.GetUtcNow().UtcDateTime,
            TimeSpan.FromDays(Form.ValidForDays));
        var invitation = issued.Invitation;
        db.Invitations.Add(invitation);
        audit.Record(invitation.OrganizationId, User.GetUserId(), AuditActions.InvitationCreated, invitation.Id.ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);

        Created = new CreatedInvitation(
            publicAddress.Link(Request, InvitationIssuing.LinkPath(Url.Page("/Join/Index")!, issued.Token)),
            issued.Code,
            invitation.Role,
            invitation.ExpiresAt);
        Form = new();
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Invitations
            .OrderByDescending(i => i.CreatedAt)
            .Take(100)
            .ToListAsync(HttpContext.RequestAborted);
        Invitations = rows.Select(i => new InvitationRow(i.Id, i.Role, i.CreatedAt, i.ExpiresAt, i.StateAt(now))).ToList();
    }

    public sealed class CreateForm
    {
        [Required(ErrorMessage = "Choose a role.")]
        [Display(Name = "Role")]
        public string Role { get; set; } = Roles.Member;

        [Display(Name = "Works for")]
        public int ValidForDays { get; set; } = 7;
    }

    public sealed record InvitationRow(Guid Id, string Role, DateTime CreatedAt, DateTime ExpiresAt, InvitationState State);

    public sealed record CreatedInvitation(string Link, string Code, string Role, DateTime ExpiresAt);
}
