using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Discussions;

public static class DiscussionsSetup
{
    /// <summary>Who may read a group's discussion.</summary>
    public static WebApplicationBuilder AddDiscussions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, DiscussionReaders>();
        return builder;
    }
}
