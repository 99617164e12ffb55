namespace Circles.Web.Features.Needs;

public static class NeedsSetup
{
    /// <summary>The steps of a referral, from consent to help received, and the services a need may be referred to.</summary>
    public static WebApplicationBuilder AddNeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReferralSteps>();
        builder.Services.AddScoped<ServiceSuggestions>();
        return builder;
    }
}
