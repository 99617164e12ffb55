using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.SafetyPlan;

/// <summary>Where the safety plan pages find the signed-in member's own plan, and where they send them to open their key.</summary>
public static class SafetyPlans
{
    /// <summary>The unlock page asks for the password once and comes back (Features/PrivateSpace).</summary>
    public static string UnlockUrl(string returnTo) => "/my-space/unlock?returnUrl=" + Uri.EscapeDataString(returnTo);

    /// <summary>The member's own plan: one per person, in their organization (the tenant filter applies).</summary>
    public static Task<PersonalSafetyPlan?> OwnAsync(CirclesDb db, Guid userId, CancellationToken cancellationToken) =>
        db.SafetyPlans.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
}
