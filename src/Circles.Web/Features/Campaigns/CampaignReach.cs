using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Campaigns;

/// <summary>A reach figure entered over time: on this day, through this channel, this many people.</summary>
public class CampaignReach : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid CampaignId { get; set; }
    public DateOnly RecordedOn { get; set; }
    public ReachChannel Channel { get; set; }
    public int Count { get; set; }
    public string Note { get; set; } = "";
    public Guid? CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum ReachChannel
{
    Leaflets,
    Posters,
    SocialMedia,
    Radio,
    Talks,
    Other,
}

internal sealed class CampaignReachConfiguration : IEntityTypeConfiguration<CampaignReach>
{
    public void Configure(EntityTypeBuilder<CampaignReach> builder)
    {
        builder.Property(r => r.Note).HasMaxLength(300);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.CampaignId, r.RecordedOn });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(r => r.CreatedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
