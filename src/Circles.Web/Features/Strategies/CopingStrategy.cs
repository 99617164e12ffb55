using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Strategies;

/// <summary>A coping strategy a member shares with others: anonymous to members, moderated, tagged.</summary>
public class CopingStrategy : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }

    /// <summary>The member who shared it; null for the starter strategies Circles brings (see <see cref="StarterKey"/>).</summary>
    public Guid? AuthorUserId { get; set; }

    public required string Title { get; set; }
    public required string Text { get; set; }

    /// <summary>The language it is written in ("en", "es", …), so the page can mark it for screen readers.</summary>
    public string? Language { get; set; }

    /// <summary>Links the language versions of one starter strategy; null for strategies members share.</summary>
    public string? StarterKey { get; set; }

    /// <summary>Comma-separated tags from <see cref="CopingTags"/>.</summary>
    public string Tags { get; set; } = "";
    public ModerationStatus Status { get; set; } = ModerationStatus.Pending;
    public DateTime CreatedAt { get; set; }
    public Guid? ModeratedByUserId { get; set; }
    public DateTime? ModeratedAt { get; set; }

    public IEnumerable<string> TagList => Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public static class CopingTags
{
    public static readonly IReadOnlyList<string> All = ["grounding", "breathing", "sleep", "anxiety", "anger", "loneliness", "body", "creative", "routine"];
}

internal sealed class CopingStrategyConfiguration : IEntityTypeConfiguration<CopingStrategy>
{
    public void Configure(EntityTypeBuilder<CopingStrategy> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(120);
        builder.Property(s => s.Text).HasMaxLength(1000);
        builder.Property(s => s.Tags).HasMaxLength(300);
        builder.Property(s => s.Language).HasMaxLength(10);
        builder.Property(s => s.StarterKey).HasMaxLength(80);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(s => s.TagList);
        builder.HasIndex(s => s.Status);
        builder.HasIndex(s => new { s.OrganizationId, s.StarterKey, s.Language }).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(s => s.AuthorUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
