using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Campaigns;

/// <summary>An awareness campaign: dates, goals, the communities it reaches and the partners it works with.</summary>
public class Campaign : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }

    /// <summary>What the campaign is for, in a sentence or two.</summary>
    public string Summary { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(500);
    }
}
