using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Volunteering;

/// <summary>
/// A person given work by a coordinator: co-facilitating a group, helping at a campaign event, or
/// a campaign task (which they then own). <see cref="TargetId"/> is the group's, event's or task's id.
/// </summary>
public class Assignment : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public AssignmentKind Kind { get; set; }
    public Guid TargetId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>When a coordinator ended it; an ended assignment stays for the hours logged against it.</summary>
    public DateTime? EndedAt { get; set; }

    public Guid? AssignedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Running on <paramref name="today"/>: not ended, started, and not past its end date.</summary>
    public bool IsCurrent(DateOnly today) => EndedAt is null && StartsOn <= today && (EndsOn is null || EndsOn >= today);
}

public enum AssignmentKind
{
    Group,
    CampaignEvent,
    CampaignTask,
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.OrganizationId, a.UserId });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(a => a.AssignedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
