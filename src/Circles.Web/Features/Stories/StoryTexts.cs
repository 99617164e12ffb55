using System.Security.Cryptography;
using System.Text.Json;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Security;

namespace Circles.Web.Features.Stories;

/// <summary>The author's working title and text, sealed together with their own key (PersonalPurposes.StoryDraft, bound to the story's id).</summary>
public sealed record StoryDraftContent(string Title, string Text)
{
    public string Seal(byte[] key, Guid storyId) =>
        PersonalCipher.Seal(key, PersonalPurposes.StoryDraft, storyId, JsonSerializer.Serialize(this))!;

    /// <summary>Null when there is no draft; throws CryptographicException/FormatException when the key does not open it.</summary>
    public static StoryDraftContent? Open(byte[] key, Story story) =>
        PersonalCipher.Open(key, PersonalPurposes.StoryDraft, story.Id, story.SealedDraft) is { } json
            ? JsonSerializer.Deserialize<StoryDraftContent>(json)
            : null;

    /// <summary>Opens the draft, or answers <paramref name="unreadable"/> when this session's key cannot (a key started again).</summary>
    public static StoryDraftContent? TryOpen(byte[] key, Story story, out bool unreadable)
    {
        unreadable = false;
        try
        {
            return Open(key, story);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            unreadable = true;
            return null;
        }
    }
}

/// <summary>One version opened with the server's key: what reviewers and audiences read.</summary>
public sealed record OpenedVersion(Guid Id, int Number, bool ByAuthor, string Title, string Text, string? Note, DateTime CreatedAt, DateTime? ApprovedAt);

/// <summary>Encrypts and opens the texts of story versions (SEC-27: FieldPurposes.StoryTitle/StoryText/StoryReviewNote).</summary>
public sealed class StoryTexts(FieldProtector protector)
{
    public StoryVersion NewVersion(Story story, int number, bool byAuthor, Guid? writtenBy, string title, string text, string? note, DateTime now) => new()
    {
        OrganizationId = story.OrganizationId,
        StoryId = story.Id,
        Number = number,
        ByAuthor = byAuthor,
        WrittenByUserId = writtenBy,
        ProtectedTitle = protector.Protect(FieldPurposes.StoryTitle, title.Trim())!,
        ProtectedText = protector.Protect(FieldPurposes.StoryText, text.Trim())!,
        ProtectedNote = protector.Protect(FieldPurposes.StoryReviewNote, string.IsNullOrWhiteSpace(note) ? null : note.Trim()),
        CreatedAt = now,
    };

    public OpenedVersion Open(StoryVersion version) => new(
        version.Id, version.Number, version.ByAuthor,
        protector.Unprotect(FieldPurposes.StoryTitle, version.ProtectedTitle) ?? "",
        protector.Unprotect(FieldPurposes.StoryText, version.ProtectedText) ?? "",
        protector.Unprotect(FieldPurposes.StoryReviewNote, version.ProtectedNote),
        version.CreatedAt, version.ApprovedAt);

    public string OpenTitle(string protectedTitle) => protector.Unprotect(FieldPurposes.StoryTitle, protectedTitle) ?? "";

    public string OpenText(string protectedText) => protector.Unprotect(FieldPurposes.StoryText, protectedText) ?? "";
}
