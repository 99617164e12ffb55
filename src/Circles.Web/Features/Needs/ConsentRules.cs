using System.Linq.Expressions;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Needs;

/// <summary>
/// SEC-21 in one place: when a consent counts, and which referrals may show anything about the
/// member to the outside service. Pages query through these, never re-state the rule.
/// </summary>
public static class ConsentRules
{
    /// <summary><see cref="Consent.IsActive"/> as a query: not withdrawn, and an override only once a second coordinator approved it.</summary>
    public static readonly Expression<Func<Consent, bool>> IsActive =
        c => c.WithdrawnAt == null && (c.ProtectedOverrideReason == null || c.OverrideApprovedByUserId != null);

    /// <summary>
    /// Referrals that really share the member's details now: marked as sharing AND standing on an
    /// active consent of the same member for the same service.
    /// </summary>
    public static IQueryable<Referral> SharingNow(CirclesDb db) =>
        from r in db.Referrals
        where r.SharesMemberDetails
        join c in db.Consents.Where(IsActive) on r.ConsentId equals c.Id
        join n in db.Needs on r.NeedId equals n.Id
        where c.MemberUserId == n.MemberUserId && c.ScopeDetail == r.ServiceId && c.Scope == ConsentScope.ShareWithService
        select r;

    /// <summary>The member's active consent to share with one service, if any.</summary>
    public static Task<Consent?> ActiveForServiceAsync(CirclesDb db, Guid memberUserId, string serviceId, CancellationToken cancellationToken) =>
        db.Consents.Where(IsActive)
            .Where(c => c.MemberUserId == memberUserId && c.Scope == ConsentScope.ShareWithService && c.ScopeDetail == serviceId)
            .OrderByDescending(c => c.GivenAt)
            .FirstOrDefaultAsync(cancellationToken);
}
