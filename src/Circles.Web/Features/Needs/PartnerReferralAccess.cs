using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Needs;

/// <summary>Record the outcome of a referral, as the partner it was made to.</summary>
public sealed class AnswerReferral : IAuthorizationRequirement;

/// <summary>
/// A partner sees, and answers, only the referrals made to their directory organizations' services
/// that share the member's details now, under an active consent (SEC-21); any other is 404.
/// </summary>
public sealed class PartnerReferralAccess(CirclesDb db, IHttpContextAccessor http) : AuthorizationHandler<AnswerReferral, Referral>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AnswerReferral requirement, Referral referral)
    {
        if (context.User.GetUserId() is { } userId
            && await VisibleTo(db, userId).AnyAsync(r => r.Id == referral.Id, http.HttpContext?.RequestAborted ?? default))
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>The partner's list is built from the same rule.</summary>
    public static IQueryable<Referral> VisibleTo(CirclesDb db, Guid partnerUserId)
    {
        var organizations = db.PartnerAffiliations.Where(a => a.UserId == partnerUserId).Select(a => a.DirectoryOrganizationId);
        var services = db.Set<HsdsService>().Where(s => s.DirectoryOrganizationId != null && organizations.Contains(s.DirectoryOrganizationId)).Select(s => s.Id);
        return ConsentRules.SharingNow(db).Where(r => services.Contains(r.ServiceId));
    }
}
