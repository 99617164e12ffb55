using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Invitations;
using Circles.Web.Features.Peers;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.People;

/// <summary>
/// One person's roles. Granting or removing a role is audited (SEC-32) and signs the person's
/// sessions out so that the change applies at once. Another organization's id answers 404.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class DetailsModel(
    CirclesDb db,
    UserManager<CirclesUser> users,
    AuditLog audit,
    TimeProvider clock,
    Volunteering.RequirementGate gate,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public CirclesUser Person { get; private set; } = null!;
    public IReadOnlyList<string> PersonRoles { get; private set; } = [];
    public string? Problem { get; private set; }

    /// <summary>Set once a coordinator has marked their peer supporter training done; kept if the role is removed.</summary>
    public PeerSupporterProfile? PeerProfile { get; private set; }

    /// <summary>Shown once, right after it is made; only its hash is kept.</summary>
    public string? NewResetCode { get; private set; }

    /// <summary>Requests to turn off this person's two-step sign-in that wait for a second coordinator (decision 0014).</summary>
    public IReadOnlyList<TwoStepResetsModel.PendingRequest> PendingTwoStepResets { get; private set; } = [];

    public Guid Me { get; private set; }

    /// <summary>What was just done, from the page that did it: "closed" or "two-step-requested".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync(Guid id, string role) => await ChangeRoleAsync(id, role, grant: true);

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, string role) => await ChangeRoleAsync(id, role, grant: false);

    /// <summary>
    /// Training done: the person becomes a peer supporter. The profile and the role are made in
    /// one unit of work, audited (SEC-32), and the person's sessions end so the new role applies at once.
    /// Only members can become peer supporters.
    /// </summary>
    public async Task<IActionResult> OnPostTrainingDoneAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Person.IsClosed)
        {
            return RedirectToPage(new { id });
        }
        if (!PersonRoles.Contains(Roles.Member))
        {
            Problem = l["Only members can become peer supporters."];
            return Page();
        }
        if (PeerProfile is not null && PersonRoles.Contains(Roles.PeerSupporter))
        {
            return RedirectToPage(new { id });
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var coordinatorId = User.GetUserId()!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        if (PeerProfile is null)
        {
            db.PeerSupporterProfiles.Add(new PeerSupporterProfile
            {
                OrganizationId = Person.OrganizationId,
                UserId = Person.Id,
                TrainingCompletedAt = now,
                TrainingMarkedByUserId = coordinatorId,
                UpdatedAt = now,
                // They can change it on their profile; their own language is the likeliest start.
                Languages = [PeerProfileForm.LanguageChoices.Contains(Person.PreferredCulture ?? "") ? Person.PreferredCulture! : "en"],
            });
            audit.Record(Person.OrganizationId, coordinatorId, AuditActions.PeerTrainingMarked, Person.Id.ToString());
        }
        if (!PersonRoles.Contains(Roles.PeerSupporter))
        {
            if (PeerProfile is not null)
            {
                PeerProfile.HoldsRole = true;
            }
            audit.Record(Person.OrganizationId, coordinatorId, AuditActions.RoleGranted, $"{Person.Id}:{Roles.PeerSupporter}");
            // Saves the profile and audit records too: the same DbContext.
            var result = await users.AddToRoleAsync(Person, Roles.PeerSupporter);
            if (!result.Succeeded)
            {
                return RedirectToPage(new { id });
            }
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await db.UserSessions.Where(s => s.UserId == Person.Id && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { id });
    }

    /// <summary>SEC-15: the coordinator hands over a code; only the person can choose the new password.</summary>
    public async Task<IActionResult> OnPostResetCodeAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Person.IsClosed)
        {
            // A closed account cannot sign in, so a code for it would only mislead.
            return RedirectToPage(new { id });
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var code = InvitationSecrets.NewCode();
        // An older unused code stops working when a new one is made.
        await db.PasswordResetCodes.Where(c => c.UserId == Person.Id && c.UsedAt == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.UsedAt, now), HttpContext.RequestAborted);
        db.PasswordResetCodes.Add(new PasswordResetCode
        {
            OrganizationId = Person.OrganizationId,
            UserId = Person.Id,
            CodeHash = InvitationSecrets.Hash(code),
            CreatedAt = now,
            ExpiresAt = now.Add(PasswordResetCode.Lifetime),
            CreatedByUserId = User.GetUserId()!.Value,
        });
        audit.Record(Person.OrganizationId, User.GetUserId(), AuditActions.PasswordResetCodeIssued, Person.Id.ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        NewResetCode = InvitationSecrets.Display(code);
        return Page();
    }

    private async Task<IActionResult> ChangeRoleAsync(Guid id, string role, bool grant)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!Roles.IsKnown(role))
        {
            return BadRequest();
        }
        if (Person.IsClosed)
        {
            // Closed stays closed (no reopening yet): a role would let nobody in, and would put them back on pick lists.
            return RedirectToPage(new { id });
        }
        if (grant && role == Roles.PeerSupporter && PeerProfile is null)
        {
            Problem = l["To make someone a peer supporter, mark their training as done."];
            return Page();
        }
        if (grant && role == Roles.Facilitator && !PersonRoles.Contains(Roles.Facilitator)
            && await gate.ToFacilitateAsync([Person.Id], HttpContext.RequestAborted) is { Count: > 0 } refusals)
        {
            // The requirement gate (issue 15): every requirement of the role must count first.
            Problem = string.Join(" ", refusals.Select(r => r.Describe(l)));
            return Page();
        }
        if (!grant && role == Roles.Coordinator && Person.Id == User.GetUserId())
        {
            Problem = l["You cannot remove your own coordinator role. Ask another coordinator."];
            return Page();
        }

        if (role == Roles.PeerSupporter && PeerProfile is not null)
        {
            // Saved with the role below (the same DbContext): matching reads this, not the role.
            PeerProfile.HoldsRole = grant;
        }
        var result = grant ? await users.AddToRoleAsync(Person, role) : await users.RemoveFromRoleAsync(Person, role);
        if (result.Succeeded)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.UserSessions.Where(s => s.UserId == Person.Id && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), HttpContext.RequestAborted);
            audit.Record(Person.OrganizationId, User.GetUserId(), grant ? AuditActions.RoleGranted : AuditActions.RoleRemoved, $"{Person.Id}:{role}");
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var person = await db.Users.FirstOrDefaultAsync(u => u.Id == id, HttpContext.RequestAborted);
        if (person is null)
        {
            return false;
        }
        Person = person;
        PersonRoles = [.. await users.GetRolesAsync(person)];
        PeerProfile = await db.PeerSupporterProfiles.FirstOrDefaultAsync(p => p.UserId == person.Id, HttpContext.RequestAborted);
        Me = User.GetUserId()!.Value;
        PendingTwoStepResets = await TwoStepResetsModel.PendingAsync(db, clock.GetUtcNow().UtcDateTime, person.Id, HttpContext.RequestAborted);
        return true;
    }
}
