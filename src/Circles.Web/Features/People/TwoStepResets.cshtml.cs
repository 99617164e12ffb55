using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.People;

/// <summary>
/// Requests to turn off someone's two-step sign-in that wait for a second coordinator
/// (decision 0014). Approving resets their authenticator, removes their recovery codes, turns
/// two-step sign-in off and signs them out everywhere; staff are then made to enrol again at
/// their next sign-in (SEC-10). The one who asked, and the person it is about, cannot approve.
/// Another organization's request is not found (404).
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class TwoStepResetsModel(
    CirclesDb db,
    UserManager<CirclesUser> users,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>Identity's own name for the tokens it keeps in the user tokens table (UserStoreBase.InternalLoginProvider).</summary>
    private const string IdentityTokenProvider = "[AspNetUserStore]";

    public IReadOnlyList<PendingRequest> Pending { get; private set; } = [];
    public string? Problem { get; private set; }
    public Guid Me { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostApproveAsync(Guid requestId)
    {
        var request = await db.TwoStepResetRequests.FirstOrDefaultAsync(r => r.Id == requestId, HttpContext.RequestAborted);
        if (request is null)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var approverId = User.GetUserId()!.Value;
        var person = await db.Users.FirstOrDefaultAsync(u => u.Id == request.UserId, HttpContext.RequestAborted);
        Problem = !request.IsPendingAt(now) ? l["This request has expired or was already dealt with. Nothing was changed."].Value
            : request.RequestedByUserId == approverId ? l["You asked for this, so another coordinator must approve it."].Value
            : request.UserId == approverId ? l["This request is about you, so another coordinator must approve it."].Value
            : person is null || person.IsClosed ? l["This account is closed."].Value
            : null;
        if (Problem is not null || person is null)
        {
            await LoadAsync();
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        // Claimed once: two coordinators pressing Approve together turn it off once.
        var claimed = await db.TwoStepResetRequests
            .Where(r => r.Id == request.Id && r.ApprovedAt == null && r.CancelledAt == null && r.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ApprovedAt, now).SetProperty(r => r.ApprovedByUserId, approverId), HttpContext.RequestAborted);
        if (claimed == 0)
        {
            Problem = l["This request has expired or was already dealt with. Nothing was changed."];
            await LoadAsync();
            return Page();
        }
        // A new key nobody holds: the lost phone's codes stop working. This also renews the security stamp.
        var results = new List<IdentityResult>
        {
            await users.ResetAuthenticatorKeyAsync(person),
            await users.RemoveAuthenticationTokenAsync(person, IdentityTokenProvider, "RecoveryCodes"),
            await users.SetTwoFactorEnabledAsync(person, false),
        };
        // A passkey is a second factor too (SEC-10): one left on the lost phone would still open the account.
        foreach (var passkey in await users.GetPasskeysAsync(person))
        {
            results.Add(await users.RemovePasskeyAsync(person, passkey.CredentialId));
        }
        if (results.Any(r => !r.Succeeded))
        {
            Problem = l["Someone else changed this account in the meantime. Nothing was changed. Try once more."];
            await LoadAsync();
            return Page();
        }
        await db.UserSessions.Where(s => s.UserId == person.Id && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), HttpContext.RequestAborted);
        audit.Record(person.OrganizationId, approverId, AuditActions.TwoStepResetApproved, person.Id.ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { done = "approved" });
    }

    /// <summary>Any coordinator may withdraw a request that should not go ahead, the one who asked included.</summary>
    public async Task<IActionResult> OnPostCancelAsync(Guid requestId)
    {
        var request = await db.TwoStepResetRequests.FirstOrDefaultAsync(r => r.Id == requestId, HttpContext.RequestAborted);
        if (request is null)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var coordinatorId = User.GetUserId()!.Value;
        var cancelled = await db.TwoStepResetRequests
            .Where(r => r.Id == request.Id && r.ApprovedAt == null && r.CancelledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CancelledAt, now).SetProperty(r => r.CancelledByUserId, coordinatorId), HttpContext.RequestAborted);
        if (cancelled > 0)
        {
            audit.Record(request.OrganizationId, coordinatorId, AuditActions.TwoStepResetCancelled, request.UserId.ToString());
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        return RedirectToPage(new { done = "cancelled" });
    }

    private async Task LoadAsync()
    {
        Me = User.GetUserId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        Pending = await PendingAsync(db, now, null, HttpContext.RequestAborted);
    }

    /// <summary>The requests still waiting, for this list and for one person's page.</summary>
    public static async Task<IReadOnlyList<PendingRequest>> PendingAsync(CirclesDb db, DateTime now, Guid? personId, CancellationToken ct) =>
        await db.TwoStepResetRequests
            .Where(r => r.ApprovedAt == null && r.CancelledAt == null && r.ExpiresAt > now && (personId == null || r.UserId == personId))
            .OrderBy(r => r.RequestedAt)
            .Select(r => new PendingRequest(
                r.Id,
                r.UserId,
                db.Users.Where(u => u.Id == r.UserId).Select(u => u.UserName).FirstOrDefault() ?? "",
                r.RequestedByUserId,
                db.Users.Where(u => u.Id == r.RequestedByUserId).Select(u => u.UserName).FirstOrDefault() ?? "",
                r.RequestedAt,
                r.ExpiresAt,
                r.Reason))
            .ToListAsync(ct);

    public sealed record PendingRequest(
        Guid Id, Guid PersonId, string PersonName, Guid RequestedById, string RequestedByName, DateTime RequestedAt, DateTime ExpiresAt, string Reason);

    /// <summary>A request as the signed-in coordinator sees it: they may approve only one that is neither theirs nor about them.</summary>
    public sealed record PendingRequestView(PendingRequest Request, Guid Me);
}
