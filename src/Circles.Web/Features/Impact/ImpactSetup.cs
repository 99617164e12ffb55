namespace Circles.Web.Features.Impact;

public static class ImpactSetup
{
    /// <summary>The impact dashboard's queries (Features/Impact).</summary>
    public static WebApplicationBuilder AddImpact(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ImpactDashboard>();
        return builder;
    }
}
