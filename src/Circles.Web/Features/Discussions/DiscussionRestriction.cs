using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Discussions;

/// <summary>A facilitator muted someone in a group's discussion (they read but cannot post) or removed them from it.</summary>
public class DiscussionRestriction : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public DiscussionRestrictionKind Kind { get; set; }
    public required string Reason { get; set; }
    public Guid ByUserId { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Null: until a facilitator lifts it.</summary>
    public DateTime? Until { get; set; }
}

public enum DiscussionRestrictionKind
{
    Muted,
    Removed,
}

internal sealed class DiscussionRestrictionConfiguration : IEntityTypeConfiguration<DiscussionRestriction>
{
    public void Configure(EntityTypeBuilder<DiscussionRestriction> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.HasIndex(r => new { r.GroupId, r.UserId });
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
