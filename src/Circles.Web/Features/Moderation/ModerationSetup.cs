namespace Circles.Web.Features.Moderation;

public static class ModerationSetup
{
    /// <summary>What waits for a coordinator's check.</summary>
    public static WebApplicationBuilder AddModeration(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ModerationQueue>();
        return builder;
    }
}
