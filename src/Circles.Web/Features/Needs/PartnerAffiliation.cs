using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Needs;

/// <summary>Links a partner account to the directory organization it works for, so it sees referrals made to its services.</summary>
public class PartnerAffiliation : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The HSDS id of the directory organization.</summary>
    public required string DirectoryOrganizationId { get; set; }
}

internal sealed class PartnerAffiliationConfiguration : IEntityTypeConfiguration<PartnerAffiliation>
{
    public void Configure(EntityTypeBuilder<PartnerAffiliation> builder)
    {
        builder.Property(a => a.DirectoryOrganizationId).HasMaxLength(Directory.Hsds.HsdsModel.IdLength);
        builder.HasIndex(a => new { a.UserId, a.DirectoryOrganizationId }).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
