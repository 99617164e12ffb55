using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Campaigns;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Partners;

/// <summary>See and change a partner record, its contact person, log and linked accounts.</summary>
public sealed class ManagePartner : IAuthorizationRequirement;

/// <summary>Mark a campaign task done or not done, as an account of the partner that owns it.</summary>
public sealed class CompletePartnerTask : IAuthorizationRequirement;

/// <summary>
/// Partner records are the coordinators' (the tenant filter has already kept other
/// organizations' away: another organization's partner is not found).
/// </summary>
public sealed class PartnerAccess : AuthorizationHandler<ManagePartner, Partner>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ManagePartner requirement, Partner partner)
    {
        if (context.User.IsInRole(Roles.Coordinator))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// A partner account completes only the tasks owned by a partner it is linked to
/// (<see cref="PartnerAccount"/>); any other task is 404 (SEC-19).
/// </summary>
public sealed class PartnerTaskAccess(CirclesDb db, IHttpContextAccessor http) : AuthorizationHandler<CompletePartnerTask, CampaignTask>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CompletePartnerTask requirement, CampaignTask task)
    {
        if (context.User.IsInRole(Roles.Partner)
            && context.User.GetUserId() is { } userId
            && task.OwnerPartnerId is { } partnerId
            && await db.PartnerAccounts.AnyAsync(a => a.UserId == userId && a.PartnerId == partnerId, http.HttpContext?.RequestAborted ?? default))
        {
            context.Succeed(requirement);
        }
    }
}
