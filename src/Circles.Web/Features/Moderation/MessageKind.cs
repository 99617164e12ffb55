namespace Circles.Web.Features.Moderation;

/// <summary>What a report or an alert is about: a direct message or a discussion post.</summary>
public enum MessageKind
{
    DirectMessage,
    DiscussionPost,
}
