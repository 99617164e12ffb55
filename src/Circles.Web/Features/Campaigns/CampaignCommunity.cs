using Circles.Web.Data;
using Circles.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Campaigns;

/// <summary>A community a campaign reaches.</summary>
public class CampaignCommunity : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid CampaignId { get; set; }
    public Guid CommunityId { get; set; }
}

internal sealed class CampaignCommunityConfiguration : IEntityTypeConfiguration<CampaignCommunity>
{
    public void Configure(EntityTypeBuilder<CampaignCommunity> builder)
    {
        builder.HasIndex(c => new { c.CampaignId, c.CommunityId }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Community>().WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }
}
