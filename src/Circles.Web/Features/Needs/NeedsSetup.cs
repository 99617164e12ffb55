using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Needs;

public static class NeedsSetup
{
    /// <summary>The steps of a referral, from consent to help received, the referrals of needs, and the services a need may be referred to; whose need and referral is whose.</summary>
    public static WebApplicationBuilder AddNeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReferralSteps>();
        builder.Services.AddScoped<ServiceSuggestions>();
        builder.Services.AddScoped<NeedReferrals>();
        builder.Services.AddSingleton<IAuthorizationHandler, NeedAccess>();
        builder.Services.AddScoped<IAuthorizationHandler, PartnerReferralAccess>();
        return builder;
    }
}
