using Circles.Web.Features.Partners.Sources;
using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Partners;

public static class PartnersSetup
{
    /// <summary>Partner records and who may manage them, their next steps on the coordinator's home, the tasks a partner account sees, and where new members say they came from.</summary>
    public static WebApplicationBuilder AddPartners(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IAuthorizationHandler, PartnerAccess>();
        builder.Services.AddScoped<IAuthorizationHandler, PartnerTaskAccess>();
        builder.Services.AddScoped<PartnerNextSteps>();
        builder.Services.AddScoped<PartnerTasks>();
        builder.Services.AddScoped<JoinSources>();
        return builder;
    }

    /// <summary>
    /// Turns what is left of the free-text trusted leaders of communities into partner records
    /// (decision 0016). Idempotent: a converted community has no text left.
    /// </summary>
    public static async Task ConvertTrustedLeadersAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CirclesDb>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await TrustedLeadersConversion.RunAsync(db, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
    }
}
