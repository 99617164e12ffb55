using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Messages;

public static class MessagesSetup
{
    /// <summary>Direct messages between matched peers, who may open them, and their retention.</summary>
    public static WebApplicationBuilder AddMessages(this WebApplicationBuilder builder)
    {
        // A singleton as well as a hosted service, so that tests can run one pass with a hand-moved clock.
        builder.Services.AddSingleton<MessageRetention>();
        builder.Services.AddHostedService(services => services.GetRequiredService<MessageRetention>());
        builder.Services.AddScoped<IAuthorizationHandler, ConversationAccess>();
        return builder;
    }
}
