namespace Circles.Web.Features.Journal;

/// <summary>
/// The seeded reflection prompts a member may choose when writing. The id is stored with the
/// entry; the text is a localization key (translated in every supported language), so the
/// prompt shows in the reader's language even if it was chosen in another.
/// </summary>
public static class ReflectionPrompts
{
    public sealed record Prompt(string Id, string Text);

    public static readonly IReadOnlyList<Prompt> All =
    [
        new("helped-this-week", "What helped this week?"),
        new("proud-of", "What is one thing you are proud of, however small?"),
        new("felt-safe", "Where or with whom did you feel safe recently?"),
        new("hard-moment", "What was hard today, and how did you get through it?"),
        new("kind-to-myself", "What is one kind thing you can do for yourself tomorrow?"),
        new("looking-forward", "What are you looking forward to?"),
        new("strength", "What strength did you use this week?"),
        new("want-to-remember", "What do you want to remember about today?"),
    ];

    public static Prompt? Find(string? id) => id is null ? null : All.FirstOrDefault(p => p.Id == id);
}
