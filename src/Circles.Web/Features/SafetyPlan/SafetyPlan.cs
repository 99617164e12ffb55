using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.SafetyPlan;

/// <summary>
/// A member's personal safety plan, one per person. Every part is sealed with the member's own
/// key like the journal (<see cref="PrivateSpace.PersonalPurposes"/>): only they can read it.
/// </summary>
public class PersonalSafetyPlan : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>Signs that a hard time may be coming.</summary>
    public string? SealedWarningSigns { get; set; }

    /// <summary>Things I can do on my own to cope.</summary>
    public string? SealedCopingSteps { get; set; }

    /// <summary>People and places that help me feel better or safer.</summary>
    public string? SealedPeopleAndPlaces { get; set; }

    /// <summary>People I trust and can ask for help, with how to reach them.</summary>
    public string? SealedTrustedContacts { get; set; }

    /// <summary>Crisis lines and services to call, in the member's own words (the organization's lines are offered).</summary>
    public string? SealedCrisisLines { get; set; }

    /// <summary>What matters to me and keeps me going.</summary>
    public string? SealedReasons { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token (SEC-43).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class PersonalSafetyPlanConfiguration : IEntityTypeConfiguration<PersonalSafetyPlan>
{
    public void Configure(EntityTypeBuilder<PersonalSafetyPlan> builder)
    {
        builder.ToTable("SafetyPlans");
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
