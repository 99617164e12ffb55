using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Needs;

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

public enum MemberAnswer
{
    Yes,
    NotYet,
    No,
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
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
}
