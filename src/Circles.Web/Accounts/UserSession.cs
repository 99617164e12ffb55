using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Accounts;

/// <summary>
/// One signed-in browser (SEC-16). The cookie carries only this id; ending the row signs that
/// browser out on its next request, and idle and absolute time-outs are checked against it.
/// </summary>
public class UserSession : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime AbsoluteExpiresAt { get; set; }
    public DateTime? EndedAt { get; set; }

    /// <summary>
    /// When the password was last given in this session: at sign-in, or on "Confirm it is you".
    /// Kept on the server, so an old copy of the cookie cannot claim a fresh confirmation (SEC-17).
    /// </summary>
    public DateTime? PasswordGivenAt { get; set; }

    /// <summary>
    /// When a second factor (authenticator code, recovery code or passkey) was last given in this
    /// session: at sign-in, on enrolling one, or on "Confirm it is you". Null means this session
    /// has only seen a password, which is not enough for staff (SEC-10).
    /// </summary>
    public DateTime? SecondFactorGivenAt { get; set; }

    /// <summary>A coarse description such as "Firefox on Android", so people recognise their devices.</summary>
    public string Device { get; set; } = "";
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.Property(s => s.Device).HasMaxLength(60);
        builder.HasIndex(s => s.UserId);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
