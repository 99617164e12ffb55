using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Discussions;

/// <summary>A facilitator on duty for a group's discussion, from when to when.</summary>
public class FacilitatorDuty : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public DateTime StartedAt { get; set; }

    /// <summary>Duty ends by itself at this time unless ended earlier, so a forgotten duty does not leave a room open.</summary>
    public DateTime EndsAt { get; set; }
}

internal sealed class FacilitatorDutyConfiguration : IEntityTypeConfiguration<FacilitatorDuty>
{
    public void Configure(EntityTypeBuilder<FacilitatorDuty> builder)
    {
        builder.HasIndex(d => new { d.GroupId, d.EndsAt });
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(d => d.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
