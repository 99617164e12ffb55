using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.GroundRules;

/// <summary>A member's agreement to one version.</summary>
public class GroundRulesAgreement : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid VersionId { get; set; }
    public Guid UserId { get; set; }
    public DateTime AgreedAt { get; set; }
}

internal sealed class GroundRulesAgreementConfiguration : IEntityTypeConfiguration<GroundRulesAgreement>
{
    public void Configure(EntityTypeBuilder<GroundRulesAgreement> builder)
    {
        builder.HasIndex(a => new { a.VersionId, a.UserId }).IsUnique();
        builder.HasOne<GroundRulesVersion>().WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
