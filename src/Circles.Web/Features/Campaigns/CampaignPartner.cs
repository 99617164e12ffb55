using Circles.Web.Data;
using Circles.Web.Features.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Campaigns;

/// <summary>A partner taking part in a campaign, with its role in it ("hosts the talk").</summary>
public class CampaignPartner : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid CampaignId { get; set; }
    public Guid PartnerId { get; set; }
    public string Role { get; set; } = "";
}

internal sealed class CampaignPartnerConfiguration : IEntityTypeConfiguration<CampaignPartner>
{
    public void Configure(EntityTypeBuilder<CampaignPartner> builder)
    {
        builder.Property(p => p.Role).HasMaxLength(200);
        builder.HasIndex(p => new { p.CampaignId, p.PartnerId }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Partner>().WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
