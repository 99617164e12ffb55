using System.Security.Claims;
using Circles.Web.Accounts;
using Circles.Web.Data;

namespace Circles.Web.Features.Crisis;

/// <summary>The alerts a person may see: all for coordinators, their groups' for facilitators.</summary>
public sealed class VisibleCrisisAlerts(CirclesDb db)
{
    public IQueryable<CrisisAlert> For(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Coordinator))
        {
            return db.CrisisAlerts;
        }
        var userId = user.GetUserId();
        var myGroups = db.GroupFacilitators.Where(f => f.UserId == userId).Select(f => f.GroupId);
        return db.CrisisAlerts.Where(a => a.GroupId != null && myGroups.Contains(a.GroupId.Value));
    }

    /// <summary>Those nobody has reached out on yet.</summary>
    public IQueryable<CrisisAlert> OpenFor(ClaimsPrincipal user) => For(user).Where(a => a.AcknowledgedAt == null);
}
