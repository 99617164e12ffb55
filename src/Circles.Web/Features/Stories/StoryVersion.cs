using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Stories;

/// <summary>
/// One text of a story that someone other than the author may read: the one the author sent for
/// review, each edit a coordinator suggested, each the author wrote back. Every version is kept;
/// title and text are encrypted with the server's key (FieldPurposes.StoryTitle/StoryText, SEC-27),
/// since reviewers and audiences read them without the author's key.
/// </summary>
public class StoryVersion : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid StoryId { get; set; }

    /// <summary>1, 2, 3… within the story.</summary>
    public int Number { get; set; }

    public required string ProtectedTitle { get; set; }
    public required string ProtectedText { get; set; }

    /// <summary>Whether the author wrote this version (else a coordinator suggested it).</summary>
    public bool ByAuthor { get; set; }

    /// <summary>Who wrote it; null once their account is gone.</summary>
    public Guid? WrittenByUserId { get; set; }

    /// <summary>The reviewer's short note to the author about the suggested changes (encrypted, FieldPurposes.StoryReviewNote).</summary>
    public string? ProtectedNote { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the author approved exactly this text.</summary>
    public DateTime? ApprovedAt { get; set; }

    public const int TitleMaxLength = 120;
    public const int TextMaxLength = 8000;
}

internal sealed class StoryVersionConfiguration : IEntityTypeConfiguration<StoryVersion>
{
    public void Configure(EntityTypeBuilder<StoryVersion> builder)
    {
        builder.HasIndex(v => new { v.StoryId, v.Number }).IsUnique();
        builder.HasOne<Story>().WithMany().HasForeignKey(v => v.StoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(v => v.WrittenByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
