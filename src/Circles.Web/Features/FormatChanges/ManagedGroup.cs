using System.Security.Claims;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.FormatChanges;

/// <summary>
/// The group behind a format-change page, for those who manage it (its facilitators and the
/// coordinators, SEC-19): null for a group of another organization or another facilitator's group,
/// and the page answers 404. A change is found only through its own group.
/// </summary>
public static class ManagedGroup
{
    public static async Task<GroupViewer?> FindAsync(
        CirclesDb db, IAuthorizationService authorization, GroupViewers viewers, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var group = await db.SupportGroups.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null || !(await authorization.AuthorizeAsync(user, group, new ManageGroup())).Succeeded)
        {
            return null;
        }
        return await viewers.OfAsync(user, group, cancellationToken);
    }
}
