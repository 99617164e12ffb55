using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Journal;

/// <summary>
/// One journal entry. Its words and mood are sealed with the author's own key
/// (<see cref="PrivateSpace.PersonalCipher"/>, purposes JournalText/JournalMood, bound to this
/// row's id): only the author's unlocked session can read them (SEC-20, SEC-27).
/// </summary>
public class JournalEntry : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }

    /// <summary>The author, and the only person who can read it.</summary>
    public Guid UserId { get; set; }

    public required string SealedText { get; set; }

    /// <summary>The <see cref="JournalMood"/> name, sealed; null when no mood was chosen.</summary>
    public string? SealedMood { get; set; }

    /// <summary>The reflection prompt answered (<see cref="ReflectionPrompts"/>), if any. Not sealed: it is one of a fixed list.</summary>
    public string? PromptId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token (SEC-43): two open tabs cannot overwrite each other.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>An optional mood, from low to good; sealed with the entry.</summary>
public enum JournalMood
{
    VeryLow = 1,
    Low = 2,
    Okay = 3,
    Good = 4,
    VeryGood = 5,
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.HasIndex(e => new { e.UserId, e.CreatedAt });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.PromptId).HasMaxLength(40);
    }
}
