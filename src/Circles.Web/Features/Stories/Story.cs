using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Stories;

/// <summary>
/// A member's story of a success or a challenge. While it is only theirs, its words live sealed
/// with their own key like the journal (<see cref="SealedDraft"/>); once they ask to share it,
/// each text anyone else may read is a <see cref="StoryVersion"/>, and only the version the author
/// approved (<see cref="ApprovedVersionId"/>) is ever shown. Who may read it is decided in one
/// place, where the data is read: <see cref="StoryVisibility"/>.
/// </summary>
public class Story : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }

    /// <summary>The author; the only person who can read the draft, change the consent or withdraw.</summary>
    public Guid AuthorUserId { get; set; }

    public StoryKind Kind { get; set; }

    /// <summary>The author's working text, sealed with their personal key (PersonalCipher, bound to this row's id); null once only versions remain.</summary>
    public string? SealedDraft { get; set; }

    /// <summary>Who the author asked to be able to read it. Nothing beyond <see cref="StoryAudience.OnlyMe"/> is shown before an approved version exists.</summary>
    public StoryAudience Audience { get; set; } = StoryAudience.OnlyMe;

    /// <summary>The group that may read it when <see cref="Audience"/> is <see cref="StoryAudience.Group"/>.</summary>
    public Guid? GroupId { get; set; }

    /// <summary>How the author is named beside it; public stories are never named by pseudonym.</summary>
    public StoryNaming Naming { get; set; } = StoryNaming.NoName;

    public StoryStatus Status { get; set; } = StoryStatus.Draft;

    /// <summary>The exact version the author approved: the only text any audience sees.</summary>
    public Guid? ApprovedVersionId { get; set; }

    /// <summary>The last day the consent holds; from the next day the story is the author's only again (checked where it is read).</summary>
    public DateOnly? ConsentEndsOn { get; set; }

    /// <summary>When the author withdrew it; from the next request no audience sees it.</summary>
    public DateTime? WithdrawnAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>When it was first shown to its audience (the approval), for ordering lists.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>Optimistic concurrency token (SEC-43).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum StoryKind
{
    Success,
    Challenge,
}

/// <summary>Who may read a story, from the narrowest.</summary>
public enum StoryAudience
{
    OnlyMe,

    /// <summary>The active members and the facilitators of one group.</summary>
    Group,

    /// <summary>The organization's coordinators and facilitators.</summary>
    Staff,

    /// <summary>Anyone, on the public pages, anonymised.</summary>
    Public,
}

public enum StoryNaming
{
    NoName,
    FirstLetter,
    Pseudonym,
}

public enum StoryStatus
{
    /// <summary>Only the author's; never sent for review, or taken back to only me.</summary>
    Draft,

    /// <summary>The author asked to share it; a coordinator reads it and may suggest edits.</summary>
    InReview,

    /// <summary>A coordinator suggested a version; the author approves that exact text, or not.</summary>
    AwaitingAuthor,

    /// <summary>The author approved a version: shown to its audience while the consent holds.</summary>
    Published,

    /// <summary>The author withdrew it: no audience sees it any more.</summary>
    Withdrawn,
}

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Naming).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => new { s.OrganizationId, s.Status, s.Audience });
        builder.HasIndex(s => new { s.AuthorUserId, s.UpdatedAt });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(s => s.AuthorUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.SetNull);
    }
}
