using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Directory.Peers;

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

internal sealed class ServiceTipConfiguration : IEntityTypeConfiguration<ServiceTip>
{
    public void Configure(EntityTypeBuilder<ServiceTip> builder)
    {
        builder.Property(t => t.ServiceId).HasMaxLength(Hsds.HsdsModel.IdLength);
        builder.Property(t => t.Text).HasMaxLength(500);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.OrganizationId, t.ServiceId, t.Status });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(t => t.AuthorUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
