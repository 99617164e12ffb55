using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Moderation;

public static class ModerationSetup
{
    /// <summary>What waits for a coordinator's check; who may report and who may moderate a message or post.</summary>
    public static WebApplicationBuilder AddModeration(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ModerationQueue>();
        builder.Services.AddScoped<IAuthorizationHandler, ReportableMessageAccess>();
        return builder;
    }
}
