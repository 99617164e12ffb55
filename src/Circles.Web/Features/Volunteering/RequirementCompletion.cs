using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Volunteering;

/// <summary>
/// A coordinator's record that a person completed a requirement on a date. Kept, never edited:
/// a renewal is a new completion, and the latest one counts (<see cref="RequirementRule"/>).
/// </summary>
public class RequirementCompletion : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid RequirementTypeId { get; set; }
    public Guid UserId { get; set; }
    public DateOnly CompletedOn { get; set; }
    public Guid? RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
}

internal sealed class RequirementCompletionConfiguration : IEntityTypeConfiguration<RequirementCompletion>
{
    public void Configure(EntityTypeBuilder<RequirementCompletion> builder)
    {
        builder.HasIndex(c => new { c.OrganizationId, c.UserId, c.RequirementTypeId });
        builder.HasOne<RequirementType>().WithMany().HasForeignKey(c => c.RequirementTypeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(c => c.RecordedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
