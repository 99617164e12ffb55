using Circles.Web.Accounts;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Needs;

/// <summary>Referring a need to a service, and recording where each referral stands.</summary>
public sealed partial class ManageModel
{
    /// <summary>
    /// A new referral. It shares nothing unless asked to; sharing needs the member's active
    /// consent for that service, or their spoken consent recorded now by this coordinator (SEC-21).
    /// A request to share without either is refused and nothing is created.
    /// </summary>
    public async Task<IActionResult> OnPostReferAsync(Guid id)
    {
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == id, HttpContext.RequestAborted);
        if (need is null)
        {
            return NotFound();
        }
        var serviceExists = await db.Set<HsdsService>().AnyAsync(s => s.Id == Refer.ServiceId, HttpContext.RequestAborted);
        if (!serviceExists)
        {
            return await ProblemAsync(id, l["Choose a service from the directory."], StatusCodes.Status400BadRequest);
        }
        var userId = User.GetUserId()!.Value;
        Consent? consent = null;
        if (Refer.SharesMemberDetails)
        {
            consent = await ConsentRules.ActiveForServiceAsync(db, need.MemberUserId, Refer.ServiceId, HttpContext.RequestAborted);
            if (consent is null && !Refer.SpokenConsent)
            {
                return await ProblemAsync(id,
                    l["Nothing was sent. To share anything about the person, they must agree first: on their page, or tell you so you can record it."],
                    StatusCodes.Status400BadRequest);
            }
        }
        var referral = steps.Create(need, Refer.ServiceId, userId, consent);
        if (Refer.SharesMemberDetails && consent is null)
        {
            steps.RecordConsent(need.OrganizationId, need.MemberUserId, referral, userId);
        }
        return await SaveAsync(id, "referred");
    }

    /// <summary>A dated outcome (and optional note, encrypted) for one referral; an outdated page is refused (SEC-43).</summary>
    public async Task<IActionResult> OnPostOutcomeAsync(Guid id, Guid referralId, ReferralStatus status, string? note, Guid version)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId && r.NeedId == id, HttpContext.RequestAborted);
        if (referral is null || !Enum.IsDefined(status))
        {
            return NotFound();
        }
        if (note is { Length: > 2000 })
        {
            return await ProblemAsync(id, l["Use at most 2000 characters."], StatusCodes.Status400BadRequest);
        }
        db.ExpectVersion(referral, version);
        steps.SetStatus(referral, status, User.GetUserId()!.Value, note);
        return await SaveAsync(id, "outcome");
    }
}
