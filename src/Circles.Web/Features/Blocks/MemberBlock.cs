using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Blocks;

/// <summary>A member blocked another: the blocked person cannot message them and neither sees the other's posts.</summary>
public class MemberBlock : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid BlockerUserId { get; set; }
    public Guid BlockedUserId { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class MemberBlockConfiguration : IEntityTypeConfiguration<MemberBlock>
{
    public void Configure(EntityTypeBuilder<MemberBlock> builder)
    {
        builder.HasIndex(b => new { b.BlockerUserId, b.BlockedUserId }).IsUnique();
        builder.HasIndex(b => b.BlockedUserId);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(b => b.BlockerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(b => b.BlockedUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
