using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Groups;

public static class GroupAuthorization
{
    /// <summary>
    /// What the signed-in person is to a group, when <paramref name="requirement"/> holds for
    /// them (<see cref="GroupAccess"/> and the other group handlers decide); null when the group
    /// is not in their organization or they are refused, and the page then answers 404 (SEC-19).
    /// The viewer found here is the one the handler decided from: one query for both.
    /// </summary>
    /// <remarks>
    /// An extension of the authorization service rather than a method of <see cref="GroupViewers"/>:
    /// the handlers depend on GroupViewers, so it cannot depend on them.
    /// </remarks>
    public static async Task<GroupViewer?> AuthorizedGroupViewerAsync(this IAuthorizationService authorization, GroupViewers viewers,
        ClaimsPrincipal user, Guid groupId, IAuthorizationRequirement requirement, CancellationToken cancellationToken)
    {
        var viewer = await viewers.OfAsync(user, groupId, cancellationToken);
        return viewer is not null && (await authorization.AuthorizeAsync(user, viewer.Group, requirement)).Succeeded ? viewer : null;
    }
}
