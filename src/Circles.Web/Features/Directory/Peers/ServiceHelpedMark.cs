using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Directory.Peers;

/// <summary>A member's private "this helped me" on a service; only counts are ever shown.</summary>
public class ServiceHelpedMark : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public required string ServiceId { get; set; }
    public Guid UserId { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class ServiceHelpedMarkConfiguration : IEntityTypeConfiguration<ServiceHelpedMark>
{
    public void Configure(EntityTypeBuilder<ServiceHelpedMark> builder)
    {
        builder.Property(m => m.ServiceId).HasMaxLength(Hsds.HsdsModel.IdLength);
        builder.HasIndex(m => new { m.OrganizationId, m.ServiceId, m.UserId }).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
