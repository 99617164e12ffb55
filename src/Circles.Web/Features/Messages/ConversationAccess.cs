using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Peers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Messages;

/// <summary>Open a match as a conversation: read it, and write in it while it is active.</summary>
public sealed class OpenConversation : IAuthorizationRequirement;

/// <summary>
/// A conversation is a match, and only its two people open it: an active match, or an ended one
/// for as long as retention keeps its messages (read-only). Proposed and declined matches, and
/// other people's, do not exist for anyone (404).
/// </summary>
public sealed class ConversationAccess(CirclesDb db, IHttpContextAccessor http) : AuthorizationHandler<OpenConversation, PeerMatch>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OpenConversation requirement, PeerMatch match)
    {
        if (context.User.GetUserId() is not { } userId || (match.MemberUserId != userId && match.PeerUserId != userId))
        {
            return;
        }
        var open = match.Status switch
        {
            PeerMatchStatus.Active => true,
            PeerMatchStatus.Ended => await db.DirectMessages.AnyAsync(m => m.MatchId == match.Id, http.HttpContext?.RequestAborted ?? default),
            _ => false,
        };
        if (open)
        {
            context.Succeed(requirement);
        }
    }
}
