using Circles.Web.Accounts;
using Circles.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Needs;

/// <summary>Giving the member the address of a confidential place on their referral, and taking it back (<see cref="SharedAddresses"/>).</summary>
public sealed partial class ManageModel
{
    /// <summary>
    /// Shows the member, on this referral only, the address of a confidential place where the
    /// referred service is offered. Any other place answers 404; audited with ids only (SEC-32).
    /// </summary>
    public async Task<IActionResult> OnPostShareAddressAsync(Guid id, Guid referralId, string locationId, Guid version)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId && r.NeedId == id, HttpContext.RequestAborted);
        if (referral is null || referral.Status is ReferralStatus.Declined or ReferralStatus.NotSuitable
            || !await SharedAddresses.IsConfidentialPlaceOfAsync(db, referral.ServiceId, locationId ?? "", HttpContext.RequestAborted))
        {
            return NotFound();
        }
        db.ExpectVersion(referral, version);
        var userId = User.GetUserId()!.Value;
        referral.SharedAddressLocationId = locationId;
        referral.AddressSharedAt = clock.GetUtcNow().UtcDateTime;
        referral.AddressSharedByUserId = userId;
        audit.Record(referral.OrganizationId, userId, AuditActions.ConfidentialAddressShared, referral.Id.ToString());
        return await SaveAsync(id, "address-shared");
    }

    /// <summary>The member no longer sees the address on this referral.</summary>
    public async Task<IActionResult> OnPostUnshareAddressAsync(Guid id, Guid referralId, Guid version)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId && r.NeedId == id, HttpContext.RequestAborted);
        if (referral is null || referral.SharedAddressLocationId is null)
        {
            return NotFound();
        }
        db.ExpectVersion(referral, version);
        referral.SharedAddressLocationId = null;
        referral.AddressSharedAt = null;
        referral.AddressSharedByUserId = null;
        audit.Record(referral.OrganizationId, User.GetUserId(), AuditActions.ConfidentialAddressUnshared, referral.Id.ToString());
        return await SaveAsync(id, "address-unshared");
    }
}
