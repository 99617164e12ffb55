using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Me;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Needs;

/// <summary>
/// Something a member needs help with. The description is encrypted at rest (SEC-27); only the
/// member, the coordinators and the facilitator who recorded it see the need (SEC-19).
/// </summary>
public class Need : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid MemberUserId { get; set; }
    public NeedCategory Category { get; set; }
    public NeedUrgency Urgency { get; set; } = NeedUrgency.Soon;

    /// <summary>Protected with <see cref="Security.FieldPurposes.NeedDescription"/>.</summary>
    public string? ProtectedDescription { get; set; }

    /// <summary>How the member wants to hear back; in Circles only unless they chose otherwise (SEC-7).</summary>
    public ContactChannels ContactBy { get; set; } = ContactChannels.InApp;

    /// <summary>The language the member wants help in (a culture name such as "es"), for the gap analysis.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The member's community, when known, for the gap analysis.</summary>
    public Guid? CommunityId { get; set; }

    /// <summary>Set when a facilitator recorded the need for the member, with the member's consent (noted then).</summary>
    public Guid? RecordedByUserId { get; set; }
    public DateTime? RecordingConsentNotedAt { get; set; }

    public NeedStatus Status { get; set; } = NeedStatus.Waiting;
    public DateTime CreatedAt { get; set; }
    public DateTime? TriagedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum NeedCategory
{
    Legal,
    Immigration,
    Housing,
    Counselling,
    Medical,
    Safety,
    Employment,
    Education,
    Money,
    Other,
}

public enum NeedUrgency
{
    WhenPossible,
    Soon,
    Urgent,
}

public enum NeedStatus
{
    /// <summary>Raised, not yet looked at by a coordinator.</summary>
    Waiting,
    /// <summary>A coordinator is finding help (referrals may be open).</summary>
    InProgress,
    /// <summary>The member's need was met.</summary>
    Met,
    /// <summary>Closed without being met (withdrawn, no longer needed).</summary>
    Closed,
}

internal sealed class NeedConfiguration : IEntityTypeConfiguration<Need>
{
    public void Configure(EntityTypeBuilder<Need> builder)
    {
        builder.Property(n => n.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Urgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.ProtectedDescription).HasMaxLength(8000);
        builder.Property(n => n.Language).HasMaxLength(20);
        builder.HasIndex(n => new { n.OrganizationId, n.Status, n.CreatedAt });
        builder.HasIndex(n => n.MemberUserId);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(n => n.MemberUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
