using Circles.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Needs;

/// <summary>
/// Consent on an existing referral (SEC-21): the member's spoken consent recorded by the
/// coordinator, or an override without consent that needs a reason and a second, different
/// coordinator before anything is shared. Every step is audited, without its content.
/// </summary>
public sealed partial class ManageModel
{
    public async Task<IActionResult> OnPostSpokenConsentAsync(Guid id, Guid referralId, bool agreed)
    {
        var (need, referral) = await NeedAndReferralAsync(id, referralId);
        if (need is null || referral is null)
        {
            return NotFound();
        }
        if (!agreed)
        {
            return await ProblemAsync(id, l["Tick the box only when the person told you they agree to these words."], StatusCodes.Status400BadRequest);
        }
        var existing = await ConsentRules.ActiveForServiceAsync(db, need.MemberUserId, referral.ServiceId, HttpContext.RequestAborted);
        if (existing is null)
        {
            steps.RecordConsent(need.OrganizationId, need.MemberUserId, referral, User.GetUserId()!.Value);
        }
        else
        {
            ReferralSteps.Share(referral, existing);
        }
        return await SaveAsync(id, "consent");
    }

    public async Task<IActionResult> OnPostOverrideAsync(Guid id, Guid referralId, string? reason)
    {
        var (need, referral) = await NeedAndReferralAsync(id, referralId);
        if (need is null || referral is null)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
        {
            return await ProblemAsync(id, l["Write why the details must be shared without agreement (at most 2000 characters)."], StatusCodes.Status400BadRequest);
        }
        steps.RequestOverride(need.OrganizationId, need.MemberUserId, referral, User.GetUserId()!.Value, reason);
        return await SaveAsync(id, "override");
    }

    /// <summary>The second coordinator's approval. The one who asked cannot approve their own request.</summary>
    public async Task<IActionResult> OnPostApproveAsync(Guid id, Guid referralId)
    {
        var (need, referral) = await NeedAndReferralAsync(id, referralId);
        var consent = referral?.ConsentId is { } consentId
            ? await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId, HttpContext.RequestAborted)
            : null;
        if (need is null || referral is null || consent is null || !consent.IsOverride || consent.OverrideApprovedByUserId is not null || consent.WithdrawnAt is not null)
        {
            return NotFound();
        }
        var userId = User.GetUserId()!.Value;
        if (consent.RecordedByUserId == userId)
        {
            return await ProblemAsync(id, l["Another coordinator must approve this, not the one who asked."], StatusCodes.Status403Forbidden);
        }
        steps.ApproveOverride(need.OrganizationId, consent, referral, userId);
        return await SaveAsync(id, "approved");
    }

    private async Task<(Need? Need, Referral? Referral)> NeedAndReferralAsync(Guid id, Guid referralId)
    {
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == id, HttpContext.RequestAborted);
        var referral = need is null ? null : await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId && r.NeedId == id, HttpContext.RequestAborted);
        return (need, referral);
    }
}
