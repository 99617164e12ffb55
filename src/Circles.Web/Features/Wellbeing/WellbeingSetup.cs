namespace Circles.Web.Features.Wellbeing;

public static class WellbeingSetup
{
    /// <summary>When to offer a WHO-5 check-in.</summary>
    public static WebApplicationBuilder AddWellbeing(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<WellbeingOffer>();
        return builder;
    }
}
