using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.FollowUps;

/// <summary>A gentle check-in with a member who has missed several sessions in a row.</summary>
public class FollowUpTask : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }
    public Guid MemberUserId { get; set; }

    /// <summary>
    /// A named person to reach out, once peer supporters are matched (capability 3). Nothing sets it
    /// yet: until then any facilitator of the group sees the task.
    /// </summary>
    public Guid? AssignedToUserId { get; set; }

    public int MissedSessions { get; set; }
    public DateTime CreatedAt { get; set; }
    public FollowUpOutcome? Outcome { get; set; }
    public DateTime? ClosedAt { get; set; }
    public Guid? ClosedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsOpen => Outcome is null;
}

public enum FollowUpOutcome
{
    Reached,
    NoAnswer,
    PausedByChoice,
}

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> builder)
    {
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(t => t.IsOpen);
        builder.HasIndex(t => new { t.GroupId, t.MemberUserId });
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(t => t.MemberUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
