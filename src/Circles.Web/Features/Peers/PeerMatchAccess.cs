using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Peers;

/// <summary>What someone asks to do with a peer connection; <see cref="PeerMatchAccess"/> answers.</summary>
public abstract class PeerMatchRequirement : IAuthorizationRequirement;

/// <summary>See a connection, and end it: its two people and the coordinators.</summary>
public sealed class SeePeerMatch : PeerMatchRequirement;

/// <summary>Accept a connection: only its two people, each for themselves.</summary>
public sealed class TakePartInPeerMatch : PeerMatchRequirement;

/// <summary>A connection is for the two people in it and for coordinators; anyone else gets 404 (SEC-19).</summary>
public sealed class PeerMatchAccess : AuthorizationHandler<PeerMatchRequirement, PeerMatch>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PeerMatchRequirement requirement, PeerMatch match)
    {
        var involved = context.User.GetUserId() is { } userId && match.Involves(userId);
        var allowed = requirement switch
        {
            SeePeerMatch => involved || context.User.IsInRole(Roles.Coordinator),
            TakePartInPeerMatch => involved,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
