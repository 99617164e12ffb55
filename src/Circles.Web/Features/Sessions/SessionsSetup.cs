namespace Circles.Web.Features.Sessions;

public static class SessionsSetup
{
    /// <summary>Holding and closing sessions.</summary>
    public static WebApplicationBuilder AddSessions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SessionClosing>();
        return builder;
    }
}
