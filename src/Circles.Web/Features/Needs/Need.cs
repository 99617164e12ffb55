using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.FollowUps;
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

/// <summary>A need referred to one directory service, and where that stands.</summary>
public class Referral : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid NeedId { get; set; }

    /// <summary>The HSDS id of the service referred to.</summary>
    public required string ServiceId { get; set; }

    /// <summary>
    /// Whether anything about the member goes to the outside service. When true the referral
    /// stands on <see cref="ConsentId"/> (SEC-21).
    /// </summary>
    public bool SharesMemberDetails { get; set; }
    public Guid? ConsentId { get; set; }

    public ReferralStatus Status { get; set; } = ReferralStatus.Sent;
    public DateTime CreatedAt { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime StatusChangedAt { get; set; }

    /// <summary>
    /// A confidential place of the referred service whose address a coordinator gave the member on
    /// this referral: the only way a member ever sees such an address (ConfidentialAddressSharing).
    /// Null while none is given.
    /// </summary>
    public string? SharedAddressLocationId { get; set; }
    public DateTime? AddressSharedAt { get; set; }
    public Guid? AddressSharedByUserId { get; set; }

    /// <summary>The member's own answer to "did the help arrive?", closing the loop from their side.</summary>
    public MemberAnswer? MemberSaysHelpArrived { get; set; }
    public DateTime? MemberAnsweredAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum ReferralStatus
{
    Sent,
    Accepted,
    Waiting,
    HelpReceived,
    Declined,
    NotSuitable,
}

public enum MemberAnswer
{
    Yes,
    NotYet,
    No,
}

/// <summary>One dated step in a referral's history (the outcome trail coordinators report from).</summary>
public class ReferralUpdate : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid ReferralId { get; set; }
    public ReferralStatus Status { get; set; }
    public DateTime At { get; set; }
    public Guid? ByUserId { get; set; }

    /// <summary>Optional staff note, protected with <see cref="Security.FieldPurposes.ReferralNote"/>.</summary>
    public string? ProtectedNote { get; set; }
}

/// <summary>
/// A member's recorded consent (SEC-21): scope, the version of the words they agreed to, who
/// recorded it and when; withdrawable in one step. An override (sharing without consent, e.g. a
/// risk to life) needs a reason and a second approver, and is audited.
/// </summary>
public class Consent : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid MemberUserId { get; set; }
    public ConsentScope Scope { get; set; }

    /// <summary>What exactly the consent covers, e.g. the HSDS id of the service a referral goes to.</summary>
    public string ScopeDetail { get; set; } = "";

    /// <summary>The version of the consent text shown (see <see cref="ConsentTexts"/>).</summary>
    public required string TextVersion { get; set; }
    public DateTime GivenAt { get; set; }
    public Guid RecordedByUserId { get; set; }
    public DateTime? WithdrawnAt { get; set; }

    public string? ProtectedOverrideReason { get; set; }
    public Guid? OverrideApprovedByUserId { get; set; }

    public bool IsOverride => ProtectedOverrideReason is not null;
    public bool IsActive => WithdrawnAt is null && (!IsOverride || OverrideApprovedByUserId is not null);
}

public enum ConsentScope
{
    /// <summary>Share the member's first name, need and contact preference with one outside service.</summary>
    ShareWithService,
}

public static class ConsentTexts
{
    /// <summary>Bump when the wording of the referral consent changes; old consents keep their version.</summary>
    public const string ReferralVersion = "referral-v1";
}

/// <summary>Links a partner account to the directory organization it works for, so it sees referrals made to its services.</summary>
public class PartnerAffiliation : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The HSDS id of the directory organization.</summary>
    public required string DirectoryOrganizationId { get; set; }
}

internal sealed class NeedConfiguration :
    IEntityTypeConfiguration<Need>,
    IEntityTypeConfiguration<Referral>,
    IEntityTypeConfiguration<ReferralUpdate>,
    IEntityTypeConfiguration<Consent>,
    IEntityTypeConfiguration<PartnerAffiliation>
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

    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.ServiceId).HasMaxLength(Directory.Hsds.HsdsModel.IdLength);
        builder.Property(r => r.SharedAddressLocationId).HasMaxLength(Directory.Hsds.HsdsModel.IdLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.MemberSaysHelpArrived).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.OrganizationId, r.ServiceId });
        builder.HasOne<Need>().WithMany().HasForeignKey(r => r.NeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Consent>().WithMany().HasForeignKey(r => r.ConsentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ReferralUpdate> builder)
    {
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.ProtectedNote).HasMaxLength(4000);
        builder.HasIndex(u => u.ReferralId);
        builder.HasOne<Referral>().WithMany().HasForeignKey(u => u.ReferralId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.Property(c => c.Scope).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.ScopeDetail).HasMaxLength(Directory.Hsds.HsdsModel.IdLength);
        builder.Property(c => c.TextVersion).HasMaxLength(30);
        builder.Property(c => c.ProtectedOverrideReason).HasMaxLength(4000);
        builder.Ignore(c => c.IsOverride);
        builder.Ignore(c => c.IsActive);
        builder.HasIndex(c => c.MemberUserId);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(c => c.MemberUserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PartnerAffiliation> builder)
    {
        builder.Property(a => a.DirectoryOrganizationId).HasMaxLength(Directory.Hsds.HsdsModel.IdLength);
        builder.HasIndex(a => new { a.UserId, a.DirectoryOrganizationId }).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
