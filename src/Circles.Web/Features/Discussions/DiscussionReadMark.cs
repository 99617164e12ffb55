using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Discussions;

/// <summary>Up to when a person has read a thread: unread counts come from this.</summary>
public class DiscussionReadMark : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid ThreadId { get; set; }
    public Guid UserId { get; set; }
    public DateTime ReadUpTo { get; set; }
}

internal sealed class DiscussionReadMarkConfiguration : IEntityTypeConfiguration<DiscussionReadMark>
{
    public void Configure(EntityTypeBuilder<DiscussionReadMark> builder)
    {
        builder.HasIndex(r => new { r.UserId, r.ThreadId }).IsUnique();
        builder.HasOne<DiscussionThread>().WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
