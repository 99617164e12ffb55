using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Strategies;

/// <summary>A strategy a member keeps in their own space.</summary>
public class SavedStrategy : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public Guid StrategyId { get; set; }
    public DateTime SavedAt { get; set; }
}

internal sealed class SavedStrategyConfiguration : IEntityTypeConfiguration<SavedStrategy>
{
    public void Configure(EntityTypeBuilder<SavedStrategy> builder)
    {
        builder.HasIndex(s => new { s.UserId, s.StrategyId }).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CopingStrategy>().WithMany().HasForeignKey(s => s.StrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}
