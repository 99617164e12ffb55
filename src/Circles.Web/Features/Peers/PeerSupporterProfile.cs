using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Peers;

/// <summary>
/// A member who supports others. It exists once a coordinator marks their training done; the
/// rest is what the peer supporter chose to say about themselves, all of it optional except the
/// languages they can support in (matching requires a shared language).
/// </summary>
public class PeerSupporterProfile : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }

    public DateTime TrainingCompletedAt { get; set; }
    public Guid TrainingMarkedByUserId { get; set; }

    /// <summary>
    /// The languages they can support someone in (codes such as "es"), at least one. A list on the
    /// row (JSON text on SQLite, an array on PostgreSQL), not a table beside it: matching checks the
    /// member's language on every candidate, and a lookup in another table for each of 100,000
    /// candidates was half of the query (PeerMatchingBench).
    /// </summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>The community they belong to, if they chose to say.</summary>
    public Guid? CommunityId { get; set; }

    /// <summary>Self-declared and optional; matched only against what the member also chose to declare.</summary>
    public SharedExperience Experiences { get; set; }

    /// <summary>What they are willing to talk about.</summary>
    public PeerTopics Topics { get; set; }

    public PeerGender Gender { get; set; } = PeerGender.NotSaid;
    public Availability Availability { get; set; }

    /// <summary>How many people they can support at once.</summary>
    public int Capacity { get; set; } = 2;

    /// <summary>
    /// How many active matches they are the peer in now. Kept here, changed only by
    /// <see cref="PeerLoad"/> in the same transaction as the match, so matching reads the load
    /// from the row instead of counting matches for every candidate (PeerMatchingBench), and
    /// accepting cannot go past <see cref="Capacity"/> even when two people accept at once.
    /// </summary>
    public int ActiveMatches { get; set; }

    /// <summary>
    /// Whether they hold the peer supporter role now. The profile is made together with the role
    /// (training marked), so it starts true; the person page turns it off and on with the role.
    /// Matching reads it from the row: checking the role for each of 100,000 candidates was 40% of
    /// the query (PeerMatchingBench).
    /// </summary>
    public bool HoldsRole { get; set; } = true;

    /// <summary>Set while they take no new people; the people they already support stay.</summary>
    public DateTime? PausedAt { get; set; }

    /// <summary>How often a coordinator checks in with them (supervision), in weeks.</summary>
    public int SupervisionEveryWeeks { get; set; } = 4;

    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsTakingNewPeople => PausedAt is null;
}

internal sealed class PeerSupporterProfileConfiguration : IEntityTypeConfiguration<PeerSupporterProfile>
{
    public void Configure(EntityTypeBuilder<PeerSupporterProfile> builder)
    {
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(p => p.IsTakingNewPeople);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Community>().WithMany().HasForeignKey(p => p.CommunityId).OnDelete(DeleteBehavior.SetNull);
    }
}
