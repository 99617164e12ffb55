using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Campaigns;

/// <summary>An event of a campaign (a talk, a stall, a training), with how many people came.</summary>
public class CampaignEvent : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid CampaignId { get; set; }
    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>Where it happens, as the coordinator writes it ("Market square").</summary>
    public string Place { get; set; } = "";

    /// <summary>The community it reaches, if one.</summary>
    public Guid? CommunityId { get; set; }

    /// <summary>How many people came; null until the event has been held and counted.</summary>
    public int? Attendance { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class CampaignEventConfiguration : IEntityTypeConfiguration<CampaignEvent>
{
    public void Configure(EntityTypeBuilder<CampaignEvent> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Place).HasMaxLength(200);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Communities.Community>().WithMany().HasForeignKey(e => e.CommunityId).OnDelete(DeleteBehavior.SetNull);
    }
}
