using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Stories;

public static class StoriesSetup
{
    /// <summary>Whose story is whose, the texts of versions, and the reminders before consent ends.</summary>
    public static WebApplicationBuilder AddStories(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IAuthorizationHandler, StoryAccess>();
        builder.Services.AddScoped<StoryTexts>();
        builder.Services.AddScoped<StoryReminders>();
        return builder;
    }
}
