using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Stories;

public static class StoriesSetup
{
    /// <summary>
    /// Whose story is whose, the texts of versions, the reminders before consent ends, and reading
    /// stories as their audiences do (the staff list, the group's, campaign quotes, the public pages).
    /// </summary>
    public static WebApplicationBuilder AddStories(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IAuthorizationHandler, StoryAccess>();
        builder.Services.AddScoped<StoryTexts>();
        builder.Services.AddScoped<StoryReminders>();
        builder.Services.AddScoped<StoryReading>();
        return builder;
    }
}
