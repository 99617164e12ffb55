using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Needs;

/// <summary>One dated step in a referral's history (the outcome trail coordinators report from).</summary>
public class ReferralUpdate : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid ReferralId { get; set; }
    public ReferralStatus Status { get; set; }
    public DateTime At { get; set; }
    public Guid? ByUserId { get; set; }

    /// <summary>Optional staff note, protected with <see cref="Security.FieldPurposes.ReferralNote"/>.</summary>
    public string? ProtectedNote { get; set; }
}

internal sealed class ReferralUpdateConfiguration : IEntityTypeConfiguration<ReferralUpdate>
{
    public void Configure(EntityTypeBuilder<ReferralUpdate> builder)
    {
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.ProtectedNote).HasMaxLength(4000);
        builder.HasIndex(u => u.ReferralId);
        builder.HasOne<Referral>().WithMany().HasForeignKey(u => u.ReferralId).OnDelete(DeleteBehavior.Cascade);
    }
}
