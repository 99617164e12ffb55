namespace Circles.Web.Features.Needs;

public static class NeedsSetup
{
    /// <summary>The steps of a referral, from consent to help received.</summary>
    public static WebApplicationBuilder AddNeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReferralSteps>();
        return builder;
    }
}
