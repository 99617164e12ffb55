namespace Circles.Web.Features.Notifications;

/// <summary>
/// The only words a notification ever carries, one neutral sentence per kind (SEC-6, SEC-7):
/// never a group's name, a message, a person or what Circles is for. They are localization keys.
/// </summary>
public static class NotificationTexts
{
    public const string EmailSubject = "A new update";
    public const string EmailBody = "You have a new update. Sign in to see it.";

    public static string For(NotificationKind kind) => kind switch
    {
        NotificationKind.NewMessage => "You have a new message",
        NotificationKind.NewReply => "There is a new reply",
        NotificationKind.MatchProposed => "Someone would like to connect with you",
        NotificationKind.MatchStarted => "Your connection is ready",
        NotificationKind.MatchEnded => "A connection has ended",
        NotificationKind.CrisisAlert => "Someone may need you to reach out",
        NotificationKind.NewReport => "Something is waiting for your review",
        NotificationKind.SupervisionScheduled => "A check-in has been planned",
        _ => "You have a new update",
    };
}
