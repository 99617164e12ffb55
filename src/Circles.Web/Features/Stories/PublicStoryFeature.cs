using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Stories;

/// <summary>
/// A public story a coordinator chose to show on the home of the organization's public pages.
/// The home reads featured stories through <c>VisibleTo(StoryReader.Public, today)</c> on every
/// request, so withdrawal or the end of consent removes the quote at once. Who featured it is in
/// the audit log, not here.
/// </summary>
public class PublicStoryFeature : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid StoryId { get; set; }
    public DateTime FeaturedAt { get; set; }
}

internal sealed class PublicStoryFeatureConfiguration : IEntityTypeConfiguration<PublicStoryFeature>
{
    public void Configure(EntityTypeBuilder<PublicStoryFeature> builder)
    {
        builder.HasIndex(f => f.StoryId).IsUnique();
        builder.HasOne<Story>().WithMany().HasForeignKey(f => f.StoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
