using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.People;

/// <summary>
/// A coordinator asks to turn two-step sign-in off for someone who lost both their phone and
/// their recovery codes (decision 0014). Nothing happens until a DIFFERENT coordinator of the
/// same organization approves it, within <see cref="Lifetime"/>: one person alone, or someone
/// who talked a coordinator round, cannot take over an account this way.
/// </summary>
public class TwoStepResetRequest : ITenantOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    public const int ReasonMaxLength = 140;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }

    /// <summary>The person whose two-step sign-in is to be turned off.</summary>
    public Guid UserId { get; set; }

    public Guid RequestedByUserId { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime ExpiresAt { get; set; }

    /// <summary>Short and plain ("lost phone, seen in person"); the form asks for nothing sensitive.</summary>
    public required string Reason { get; set; }

    public Guid? ApprovedByUserId { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public Guid? CancelledByUserId { get; set; }
    public DateTime? CancelledAt { get; set; }

    public bool IsPendingAt(DateTime now) => ApprovedAt is null && CancelledAt is null && ExpiresAt > now;
}

internal sealed class TwoStepResetRequestConfiguration : IEntityTypeConfiguration<TwoStepResetRequest>
{
    public void Configure(EntityTypeBuilder<TwoStepResetRequest> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(TwoStepResetRequest.ReasonMaxLength);
        builder.HasIndex(r => r.UserId);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
