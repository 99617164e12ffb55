using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Sessions;

public static class SessionsSetup
{
    /// <summary>Holding and closing sessions; who may see and run one.</summary>
    public static WebApplicationBuilder AddSessions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SessionClosing>();
        builder.Services.AddScoped<IAuthorizationHandler, SessionAccess>();
        return builder;
    }
}
