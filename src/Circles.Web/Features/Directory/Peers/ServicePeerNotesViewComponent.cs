using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Circles.Web.Features.Directory.Peers;

/// <summary>
/// The peer notes of a service, for any page that shows one:
/// <c>@await Component.InvokeAsync("ServicePeerNotes", new { serviceId = … })</c>.
/// Renders nothing for an id that is not in the current organization's directory.
/// </summary>
public sealed class ServicePeerNotesViewComponent(CirclesDb db, IAuthorizationService authorization) : ViewComponent
{
    public const string ViewPath = "~/Features/Directory/Peers/_ServicePeerNotes.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(string serviceId, string? returnTo = null)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await PeerNotes.ServiceNameAsync(db, serviceId, cancellationToken) is null)
        {
            return Content("");
        }
        // The same policy as the pages that take the posts, so a form is only offered to people it will accept.
        var canPost = (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.Member)).Succeeded;
        return View(ViewPath, await PeerNotes.LoadAsync(db, UserClaimsPrincipal, canPost, serviceId, returnTo, cancellationToken));
    }
}
