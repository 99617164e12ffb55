using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Discussions;

/// <summary>A thread in a group's discussion, visible to its active members and facilitators only.</summary>
public class DiscussionThread : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }

    /// <summary>Null once the author erased their account and the organization keeps posts anonymized (SEC-36).</summary>
    public Guid? AuthorUserId { get; set; }

    /// <summary>Encrypted like the posts (SEC-27).</summary>
    public required string ProtectedTitle { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime LastPostAt { get; set; }
}

internal sealed class DiscussionThreadConfiguration : IEntityTypeConfiguration<DiscussionThread>
{
    public void Configure(EntityTypeBuilder<DiscussionThread> builder)
    {
        builder.Property(t => t.ProtectedTitle).HasMaxLength(2000);
        builder.HasIndex(t => new { t.GroupId, t.LastPostAt });
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(t => t.AuthorUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
