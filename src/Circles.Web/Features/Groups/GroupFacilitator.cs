using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Groups;

/// <summary>A facilitator of a group; a group can have several.</summary>
public class GroupFacilitator : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
}

internal sealed class GroupFacilitatorConfiguration : IEntityTypeConfiguration<GroupFacilitator>
{
    public void Configure(EntityTypeBuilder<GroupFacilitator> builder)
    {
        builder.HasIndex(f => new { f.GroupId, f.UserId }).IsUnique();
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(f => f.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
