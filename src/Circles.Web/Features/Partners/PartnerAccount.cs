using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Partners;

/// <summary>
/// A partner account (role Partner) speaks for one partner record: it sees the campaign tasks
/// and referrals shared with that partner, nothing else.
/// </summary>
public class PartnerAccount : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid PartnerId { get; set; }
    public Guid UserId { get; set; }
}

internal sealed class PartnerAccountConfiguration : IEntityTypeConfiguration<PartnerAccount>
{
    public void Configure(EntityTypeBuilder<PartnerAccount> builder)
    {
        builder.HasIndex(a => new { a.UserId, a.PartnerId }).IsUnique();
        builder.HasOne<Partner>().WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
