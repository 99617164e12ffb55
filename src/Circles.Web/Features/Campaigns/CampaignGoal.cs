using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Campaigns;

/// <summary>
/// A goal of a campaign: a measure ("people reached") with a target. Its actual value is
/// computed from the campaign's records for every kind but <see cref="GoalKind.Other"/>, whose
/// actual is entered (<see cref="CampaignProgress.ActualOf"/>).
/// </summary>
public class CampaignGoal : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid CampaignId { get; set; }
    public required string Measure { get; set; }
    public GoalKind Kind { get; set; }
    public int Target { get; set; }

    /// <summary>The actual value a coordinator entered; only for <see cref="GoalKind.Other"/>.</summary>
    public int? EnteredActual { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>Where a goal's actual value comes from.</summary>
public enum GoalKind
{
    /// <summary>The sum of the reach figures entered.</summary>
    Reach,

    /// <summary>The sum of the attendance counted at the campaign's events.</summary>
    EventAttendance,

    /// <summary>The events whose day has come.</summary>
    EventsHeld,

    /// <summary>The tasks marked done.</summary>
    TasksDone,

    /// <summary>Entered by a coordinator ("partners endorsing").</summary>
    Other,
}

internal sealed class CampaignGoalConfiguration : IEntityTypeConfiguration<CampaignGoal>
{
    public void Configure(EntityTypeBuilder<CampaignGoal> builder)
    {
        builder.Property(g => g.Measure).HasMaxLength(120);
        builder.Property(g => g.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(g => g.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
