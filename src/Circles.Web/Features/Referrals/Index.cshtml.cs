using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Me;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Needs;

/// <summary>
/// A partner (a service provider linked to a directory organization) sees the referrals made to
/// that organization's services which share the member's details under an active consent, and
/// only what the consent words name: name in Circles, kind of need, how soon, language and how
/// to contact them. Never the description: the member was told it stays with Circles.
/// A withdrawn consent takes the referral off this page at once (SEC-21).
/// </summary>
[Authorize(Policy = Policies.Partner)]
public sealed class PartnerReferralsModel(
    CirclesDb db, IAuthorizationService authorization, ReferralSteps steps, AuditLog audit, FieldProtector protector, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<Row> Referrals { get; private set; } = [];
    public bool Linked { get; private set; }
    public string? Message { get; private set; }

    /// <summary>What a partner may set; "sent" is the coordinator's.</summary>
    public static readonly IReadOnlyList<ReferralStatus> PartnerOutcomes =
        [ReferralStatus.Accepted, ReferralStatus.Waiting, ReferralStatus.HelpReceived, ReferralStatus.Declined, ReferralStatus.NotSuitable];

    public sealed record Row(Guid Id, string ServiceName, string Member, NeedCategory Category, NeedUrgency Urgency, string Language,
        ContactPreferenceView Contact, ReferralStatus Status, DateTime CreatedAt, Guid Version);

    public async Task OnGetAsync(bool saved = false)
    {
        await LoadAsync();
        audit.Record(User.GetOrganizationId()!.Value, User.GetUserId(), AuditActions.ReferralsViewedByPartner, null);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Message = saved ? l["Saved."].Value : null;
    }

    public async Task<IActionResult> OnPostOutcomeAsync(Guid referralId, ReferralStatus status, Guid version)
    {
        if (!PartnerOutcomes.Contains(status))
        {
            return BadRequest();
        }
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, HttpContext.RequestAborted);
        if (referral is null || !(await authorization.AuthorizeAsync(User, referral, new AnswerReferral())).Succeeded)
        {
            return NotFound();
        }
        db.ExpectVersion(referral, version);
        steps.SetStatus(referral, status, User.GetUserId()!.Value, null);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync();
        }
        return RedirectToPage("/Referrals/Index", new { saved = "true" });
    }

    private async Task<IActionResult> ConflictAsync()
    {
        await LoadAsync();
        Message = l["Someone else changed this at the same moment. Please look again and retry."].Value;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task LoadAsync()
    {
        var userId = User.GetUserId()!.Value;
        var cancellationToken = HttpContext.RequestAborted;
        Linked = await db.PartnerAffiliations.AnyAsync(a => a.UserId == userId, cancellationToken);
        var rows = await PartnerReferralAccess.VisibleTo(db, userId)
            .Join(db.Needs, r => r.NeedId, n => n.Id, (r, n) => new { r, n })
            .Join(db.Users, x => x.n.MemberUserId, u => u.Id, (x, u) => new { x.r, x.n, Member = u.UserName })
            .Join(db.Set<HsdsService>(), x => x.r.ServiceId, s => s.Id, (x, s) => new { x.r, x.n, x.Member, ServiceName = s.Name })
            .OrderByDescending(x => x.r.CreatedAt)
            .ToListAsync(cancellationToken);
        var memberIds = rows.Select(x => x.n.MemberUserId).Distinct().ToList();
        var preferences = await db.ContactPreferences.Where(p => memberIds.Contains(p.UserId)).ToListAsync(cancellationToken);
        Referrals = [.. rows.Select(x =>
        {
            // Only the channels chosen for this need; the number only with a phone channel (SEC-7).
            // The code word stays with Circles: it proves a message comes from us, not from a service.
            var contact = ContactPreferenceView.From(preferences.FirstOrDefault(p => p.UserId == x.n.MemberUserId), protector)
                .For(x.n.ContactBy) with { CodeWord = null };
            return new Row(x.r.Id, x.ServiceName ?? x.r.ServiceId, x.Member ?? "", x.n.Category, x.n.Urgency, x.n.Language, contact, x.r.Status, x.r.CreatedAt, x.r.Version);
        })];
    }
}
