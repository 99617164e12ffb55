using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Invitations;

/// <summary>
/// A single-use, expiring way in for one role. Only hashes of the link token and of the short
/// code are stored, so a database copy cannot be used to join.
/// </summary>
public class Invitation : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public required string Role { get; set; }
    public required string TokenHash { get; set; }
    public required string CodeHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    /// <summary>Null for the first coordinator's invitation, made on the command line (<c>organization create</c>).</summary>
    public Guid? CreatedByUserId { get; set; }
    public DateTime? RedeemedAt { get; set; }
    public Guid? RedeemedByUserId { get; set; }
    public DateTime? RevokedAt { get; set; }

    public InvitationState StateAt(DateTime now) =>
        RedeemedAt is not null ? InvitationState.Used
        : RevokedAt is not null ? InvitationState.Revoked
        : ExpiresAt <= now ? InvitationState.Expired
        : InvitationState.Open;
}

public enum InvitationState
{
    Open,
    Used,
    Expired,
    Revoked,
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Role).HasMaxLength(30);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.CodeHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.CodeHash).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(i => i.CreatedByUserId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
    }
}
