namespace Circles.Web.Features.Discussions;

/// <summary>When a group's discussion is open for posting.</summary>
public enum DiscussionMode
{
    /// <summary>Open only while a facilitator is on duty; read-only otherwise (the default: unmoderated rooms are where harm happens).</summary>
    WhileFacilitatorOnDuty,

    /// <summary>The group has no discussion.</summary>
    Off,

    /// <summary>Open at any time.</summary>
    Always,
}
