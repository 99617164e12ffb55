using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Accounts;

/// <summary>
/// SEC-15: members have no email, so a forgotten password is reset with a short-lived,
/// single-use code that a coordinator hands over in person. The coordinator never sets or
/// sees the password, and the code does not bypass two-step sign-in. Only its hash is stored.
/// </summary>
public class PasswordResetCode : ITenantOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public required string CodeHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public Guid CreatedByUserId { get; set; }
}

internal sealed class PasswordResetCodeConfiguration : IEntityTypeConfiguration<PasswordResetCode>
{
    public void Configure(EntityTypeBuilder<PasswordResetCode> builder)
    {
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
