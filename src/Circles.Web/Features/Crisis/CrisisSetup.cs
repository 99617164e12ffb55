namespace Circles.Web.Features.Crisis;

public static class CrisisSetup
{
    /// <summary>Crisis language found in posts and messages, and the alerts it raises.</summary>
    public static WebApplicationBuilder AddCrisis(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CrisisDetector>();
        builder.Services.AddScoped<CrisisAlerts>();
        builder.Services.AddScoped<VisibleCrisisAlerts>();
        return builder;
    }
}
