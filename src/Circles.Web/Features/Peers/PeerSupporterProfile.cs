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

/// <summary>A language a peer supporter can support someone in (a code such as "es").</summary>
public class PeerSupporterLanguage : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public required string Language { get; set; }
}

/// <summary>
/// A supervision check-in between a coordinator and a peer supporter. The wellbeing answer and
/// note are private to the two of them; the note is encrypted (SEC-27).
/// </summary>
public class SupervisionCheckIn : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid PeerUserId { get; set; }
    public Guid CoordinatorUserId { get; set; }
    public DateTime ScheduledFor { get; set; }
    public DateTime? HeldAt { get; set; }

    /// <summary>"How are you carrying the support you give?" 1 (very heavy) to 5 (light).</summary>
    public int? Wellbeing { get; set; }

    public string? ProtectedNote { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>Kinds of lived experience a person may choose to declare; the names stay plain and neutral.</summary>
[Flags]
public enum SharedExperience
{
    None = 0,
    Work = 1,
    Sexual = 2,
    DomesticServitude = 4,
    ForcedCrime = 8,
    Marriage = 16,
    Debt = 32,
    Online = 64,
}

/// <summary>Topics a peer supporter is willing to talk about and a member may want to talk about.</summary>
[Flags]
public enum PeerTopics
{
    None = 0,
    Housing = 1,
    Immigration = 2,
    Work = 4,
    Money = 8,
    Health = 16,
    Family = 32,
    Legal = 64,
    Loneliness = 128,
}

/// <summary>When someone is usually free; a match needs some overlap to talk comfortably.</summary>
[Flags]
public enum Availability
{
    None = 0,
    WeekdayMornings = 1,
    WeekdayAfternoons = 2,
    WeekdayEvenings = 4,
    WeekendMornings = 8,
    WeekendAfternoons = 16,
    WeekendEvenings = 32,
}

public enum PeerGender
{
    NotSaid,
    Woman,
    Man,
    NonBinary,
}

internal sealed class PeerSupportConfiguration :
    IEntityTypeConfiguration<PeerSupporterProfile>,
    IEntityTypeConfiguration<PeerSupporterLanguage>,
    IEntityTypeConfiguration<SupervisionCheckIn>
{
    public void Configure(EntityTypeBuilder<PeerSupporterProfile> builder)
    {
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(p => p.IsTakingNewPeople);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Community>().WithMany().HasForeignKey(p => p.CommunityId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<PeerSupporterLanguage> builder)
    {
        builder.Property(l => l.Language).HasMaxLength(10);
        // Organization first and all three columns: matching's language check is then one lookup
        // in this index alone, with no row to read for the tenant filter (PeerMatchingBench).
        builder.HasIndex(l => new { l.OrganizationId, l.Language, l.UserId }).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SupervisionCheckIn> builder)
    {
        builder.Property(c => c.ProtectedNote).HasMaxLength(8000);
        builder.HasIndex(c => new { c.PeerUserId, c.ScheduledFor });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(c => c.PeerUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
