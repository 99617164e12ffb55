using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Circles.Web.Features.PrivateSpace;

namespace Circles.Web.Features.Journal;

/// <summary>What a member types when writing or editing an entry.</summary>
public sealed class JournalForm
{
    public const int MaxLength = 10_000;

    [Required(ErrorMessage = "Write something first.")]
    [StringLength(MaxLength, ErrorMessage = "An entry can have at most 10,000 characters.")]
    [Display(Name = "Your words")]
    public string Text { get; set; } = "";

    [Display(Name = "Mood")]
    public JournalMood? Mood { get; set; }

    [Display(Name = "A question to think about (optional)")]
    public string? PromptId { get; set; }

    public Guid Version { get; set; }

    /// <summary>Seals the words and mood into the entry with the author's key, bound to the entry's own id.</summary>
    public void SealInto(JournalEntry entry, byte[] key)
    {
        entry.SealedText = PersonalCipher.Seal(key, PersonalPurposes.JournalText, entry.Id, Text)!;
        entry.SealedMood = Mood is { } mood ? PersonalCipher.Seal(key, PersonalPurposes.JournalMood, entry.Id, mood.ToString()) : null;
        entry.PromptId = ReflectionPrompts.Find(PromptId)?.Id;
    }
}

/// <summary>An entry opened with the author's key; <see cref="Unreadable"/> when the key does not open it.</summary>
public sealed record OpenedEntry(Guid Id, DateTime CreatedAt, DateTime UpdatedAt, string? Text, JournalMood? Mood, ReflectionPrompts.Prompt? Prompt, Guid Version, bool Unreadable)
{
    public static OpenedEntry From(JournalEntry entry, byte[] key)
    {
        var prompt = ReflectionPrompts.Find(entry.PromptId);
        try
        {
            var text = PersonalCipher.Open(key, PersonalPurposes.JournalText, entry.Id, entry.SealedText);
            var moodName = PersonalCipher.Open(key, PersonalPurposes.JournalMood, entry.Id, entry.SealedMood);
            JournalMood? mood = Enum.TryParse<JournalMood>(moodName, out var parsed) ? parsed : null;
            return new(entry.Id, entry.CreatedAt, entry.UpdatedAt, text, mood, prompt, entry.Version, false);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            // Sealed with a key this session does not hold: show a calm placeholder, never crash.
            return new(entry.Id, entry.CreatedAt, entry.UpdatedAt, null, null, prompt, entry.Version, true);
        }
    }

    /// <summary>The first words, for the list.</summary>
    public string Excerpt(int length = 200) =>
        Text is null ? "" : Text.Length <= length ? Text : string.Concat(Text.AsSpan(0, length).TrimEnd(), "…");
}
