using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Campaigns;

/// <summary>
/// A task of a campaign, owned by a person of the organization (staff or volunteer) or by a
/// partner; a partner's accounts see the tasks their partner owns.
/// </summary>
public class CampaignTask : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid CampaignId { get; set; }
    public required string Title { get; set; }
    public DateOnly? DueOn { get; set; }
    public Guid? OwnerUserId { get; set; }
    public Guid? OwnerPartnerId { get; set; }
    public DateTime? DoneAt { get; set; }

    /// <summary>Who marked it done (a coordinator or the partner's account); kept with <see cref="DoneAt"/>.</summary>
    public Guid? DoneByUserId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class CampaignTaskConfiguration : IEntityTypeConfiguration<CampaignTask>
{
    public void Configure(EntityTypeBuilder<CampaignTask> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(t => t.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Partner>().WithMany().HasForeignKey(t => t.OwnerPartnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => new { t.OrganizationId, t.OwnerPartnerId });
    }
}
