using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Directory.Peers;

/// <summary>Peer-written text waits for a coordinator before other members see it.</summary>
public enum ModerationStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>A member's private "this helped me" on a service; only counts are ever shown.</summary>
public class ServiceHelpedMark : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public required string ServiceId { get; set; }
    public Guid UserId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>A short tip about a service. Its author is kept for moderation and erasure, never shown.</summary>
public class ServiceTip : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public required string ServiceId { get; set; }
    public Guid AuthorUserId { get; set; }
    public required string Text { get; set; }
    public ModerationStatus Status { get; set; } = ModerationStatus.Pending;
    public DateTime CreatedAt { get; set; }
    public Guid? ModeratedByUserId { get; set; }
    public DateTime? ModeratedAt { get; set; }
}

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

/// <summary>A strategy a member keeps in their own space.</summary>
public class SavedStrategy : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public Guid StrategyId { get; set; }
    public DateTime SavedAt { get; set; }
}

internal sealed class PeerContentConfiguration :
    IEntityTypeConfiguration<ServiceHelpedMark>,
    IEntityTypeConfiguration<ServiceTip>,
    IEntityTypeConfiguration<CopingStrategy>,
    IEntityTypeConfiguration<SavedStrategy>
{
    public void Configure(EntityTypeBuilder<ServiceHelpedMark> builder)
    {
        builder.Property(m => m.ServiceId).HasMaxLength(Hsds.HsdsModel.IdLength);
        builder.HasIndex(m => new { m.OrganizationId, m.ServiceId, m.UserId }).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ServiceTip> builder)
    {
        builder.Property(t => t.ServiceId).HasMaxLength(Hsds.HsdsModel.IdLength);
        builder.Property(t => t.Text).HasMaxLength(500);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.OrganizationId, t.ServiceId, t.Status });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(t => t.AuthorUserId).OnDelete(DeleteBehavior.Cascade);
    }

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

    public void Configure(EntityTypeBuilder<SavedStrategy> builder)
    {
        builder.HasIndex(s => new { s.UserId, s.StrategyId }).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CopingStrategy>().WithMany().HasForeignKey(s => s.StrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}
