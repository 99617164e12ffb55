using Circles.Web.Data;
using Circles.Web.Features.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Stories;

/// <summary>
/// A story a coordinator quotes on a campaign. The link alone shows nothing: the campaign page
/// reads the quoted stories through <see cref="StoryVisibility.VisibleTo"/>, so a withdrawn or
/// expired story drops off on the next request while the link stays, harmless. Who quoted it is
/// in the audit log, not here.
/// </summary>
public class CampaignStory : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid CampaignId { get; set; }
    public Guid StoryId { get; set; }
    public DateTime QuotedAt { get; set; }
}

internal sealed class CampaignStoryConfiguration : IEntityTypeConfiguration<CampaignStory>
{
    public void Configure(EntityTypeBuilder<CampaignStory> builder)
    {
        builder.HasIndex(q => new { q.CampaignId, q.StoryId }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(q => q.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Story>().WithMany().HasForeignKey(q => q.StoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
