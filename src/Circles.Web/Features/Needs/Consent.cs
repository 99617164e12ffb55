using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Needs;

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

    /// <summary>An override waiting for its second coordinator (never the one who asked).</summary>
    public bool AwaitsApproval => IsOverride && OverrideApprovedByUserId is null && WithdrawnAt is null;
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

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.Property(c => c.Scope).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.ScopeDetail).HasMaxLength(Directory.Hsds.HsdsModel.IdLength);
        builder.Property(c => c.TextVersion).HasMaxLength(30);
        builder.Property(c => c.ProtectedOverrideReason).HasMaxLength(4000);
        builder.Ignore(c => c.IsOverride);
        builder.Ignore(c => c.IsActive);
        builder.Ignore(c => c.AwaitsApproval);
        builder.HasIndex(c => c.MemberUserId);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(c => c.MemberUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
