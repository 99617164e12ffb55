namespace Circles.Web.Features.Notifications;

public static class NotificationsSetup
{
    /// <summary>In-app notifications, unread badges and the opt-in email of notices without content (SEC-7).</summary>
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Notifier>();
        builder.Services.AddScoped<UnreadBadges>();
        // A singleton as well as a hosted service, so that tests can run one pass with a hand-moved clock.
        builder.Services.AddSingleton<NotificationEmailSender>();
        builder.Services.AddHostedService(services => services.GetRequiredService<NotificationEmailSender>());
        return builder;
    }
}
