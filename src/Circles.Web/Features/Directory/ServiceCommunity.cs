using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Directory;

/// <summary>
/// A community this organization knows a service serves (ticked by a coordinator), beside the
/// HSDS service areas, whose names rarely match how communities name themselves.
/// </summary>
public class ServiceCommunity : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public required string ServiceId { get; set; }
    public Guid CommunityId { get; set; }
}

internal sealed class ServiceCommunityConfiguration : IEntityTypeConfiguration<ServiceCommunity>
{
    public void Configure(EntityTypeBuilder<ServiceCommunity> builder)
    {
        builder.Property(s => s.ServiceId).HasMaxLength(Hsds.HsdsModel.IdLength);
        builder.HasIndex(s => new { s.OrganizationId, s.ServiceId, s.CommunityId }).IsUnique();
        builder.HasOne<Communities.Community>().WithMany().HasForeignKey(s => s.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }
}
