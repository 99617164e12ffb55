using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.SafetyPlan;

/// <summary>Where the safety plan pages find the signed-in member's own plan.</summary>
public static class SafetyPlans
{
    /// <summary>The member's own plan: one per person, in their organization (the tenant filter applies).</summary>
    public static Task<PersonalSafetyPlan?> OwnAsync(CirclesDb db, Guid userId, CancellationToken cancellationToken) =>
        db.SafetyPlans.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
}
