using Circles.Web.Data;
using Circles.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Partners;

/// <summary>A partner is a trusted voice in, or works with, a community of the organization.</summary>
public class PartnerCommunity : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid PartnerId { get; set; }
    public Guid CommunityId { get; set; }
}

internal sealed class PartnerCommunityConfiguration : IEntityTypeConfiguration<PartnerCommunity>
{
    public void Configure(EntityTypeBuilder<PartnerCommunity> builder)
    {
        builder.HasIndex(l => new { l.PartnerId, l.CommunityId }).IsUnique();
        builder.HasIndex(l => l.CommunityId);
        builder.HasOne<Partner>().WithMany().HasForeignKey(l => l.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Community>().WithMany().HasForeignKey(l => l.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }
}
