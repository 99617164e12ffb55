using Circles.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Stories;

/// <summary>A story's state in plain words, for its author.</summary>
public static class StoryWords
{
    public static string Audience(IStringLocalizer l, StoryAudience audience, string? groupName) => audience switch
    {
        StoryAudience.OnlyMe => l["only me"],
        StoryAudience.Group => groupName is null ? l["my group"] : l["the group {0}", groupName],
        StoryAudience.Staff => l["the people who run Circles here"],
        _ => l["everyone, on the public pages"],
    };

    /// <summary>The audience as staff read it (not in the author's voice).</summary>
    public static string AudienceForStaff(IStringLocalizer l, StoryAudience audience) => audience switch
    {
        StoryAudience.OnlyMe => l["its author only"],
        StoryAudience.Group => l["one group"],
        StoryAudience.Staff => l["staff"],
        _ => l["the public pages"],
    };

    /// <summary>Why a detail was marked, for the reviewer.</summary>
    public static string Detail(IStringLocalizer l, DetailKind kind) => kind switch
    {
        DetailKind.Name => l["a name or a place"],
        DetailKind.Date => l["a date"],
        DetailKind.Time => l["a time"],
        DetailKind.Number => l["a number"],
        DetailKind.Phone => l["a phone number"],
        DetailKind.Email => l["an email address"],
        _ => l["a street"],
    };

    public static string Naming(IStringLocalizer l, StoryNaming naming) => naming switch
    {
        StoryNaming.Pseudonym => l["my name in Circles"],
        StoryNaming.FirstLetter => l["the first letter of my name in Circles"],
        _ => l["no name"],
    };

    public static string Kind(IStringLocalizer l, StoryKind kind) => kind == StoryKind.Success ? l["Something that went well"] : l["Something that was hard"];

    /// <summary>Where the story stands: only me / waiting for review / a suggested version waits / shown to … until … / consent ended / withdrawn.</summary>
    public static string Status(IStringLocalizer l, Story story, string? groupName, DateOnly today) => story.Status switch
    {
        StoryStatus.InReview => l["Waiting for review"],
        StoryStatus.AwaitingAuthor => l["A suggested version waits for you"],
        StoryStatus.Withdrawn => l["Withdrawn: only yours"],
        StoryStatus.Published when story.ConsentEndsOn is { } end && end < today =>
            l["Consent ended on {0}: only yours again", l.Day(end.ToDateTime(TimeOnly.MinValue))],
        StoryStatus.Published when story.ConsentEndsOn is { } end =>
            l["Shown to {0} until {1}", Audience(l, story.Audience, groupName), l.Day(end.ToDateTime(TimeOnly.MinValue))],
        StoryStatus.Published => l["Shown to {0}", Audience(l, story.Audience, groupName)],
        _ => l["Only you can read it"],
    };

    /// <summary>Whether the author can withdraw it now (it is shared, or on its way).</summary>
    public static bool CanWithdraw(Story story) =>
        story.Status is StoryStatus.InReview or StoryStatus.AwaitingAuthor or StoryStatus.Published;
}
