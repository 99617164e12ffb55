using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Stories;

/// <summary>
/// How the author is named beside a story others read, per <see cref="Story.Naming"/>: their
/// pseudonym (the user name, which is all Circles asks for, SEC-34), its first letter, or no name.
/// A public story is never named by pseudonym, whatever the row says. The one home of this rule,
/// for the staff, group, campaign and public pages alike.
/// </summary>
public static class StoryByline
{
    public static string Of(StoryNaming naming, StoryAudience audience, string? authorName, IStringLocalizer l)
    {
        var name = (authorName ?? "").Trim();
        if (naming == StoryNaming.Pseudonym && audience == StoryAudience.Public)
        {
            naming = StoryNaming.NoName;
        }
        return naming switch
        {
            StoryNaming.Pseudonym when name.Length > 0 => l["By {0}", name].Value,
            StoryNaming.FirstLetter when name.Length > 0 => l["By {0}", char.ToUpperInvariant(name[0]) + "."].Value,
            _ => audience == StoryAudience.Group ? l["By someone from the group"].Value : l["By someone from our groups"].Value,
        };
    }
}
