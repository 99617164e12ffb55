using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Groups;

/// <summary>History of a membership: who changed it to what, when. No reasons are asked or kept.</summary>
public class MembershipChange : ITenantOwned
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid MembershipId { get; set; }
    public MembershipStatus? From { get; set; }
    public MembershipStatus To { get; set; }
    public DateTime At { get; set; }
    public Guid ByUserId { get; set; }
}

internal sealed class MembershipChangeConfiguration : IEntityTypeConfiguration<MembershipChange>
{
    public void Configure(EntityTypeBuilder<MembershipChange> builder)
    {
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => c.MembershipId);
        builder.HasOne<GroupMembership>().WithMany().HasForeignKey(c => c.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
