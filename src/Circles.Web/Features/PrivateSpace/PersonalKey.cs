using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.PrivateSpace;

/// <summary>
/// A person's own data key (journal, safety plan), stored only wrapped by a key derived from
/// their password (PBKDF2). Neither the server's key ring nor a database copy can open it; only
/// a request that carries the unwrapped key in this person's session cookie can
/// (<see cref="PersonalKeys"/>). Deleting this row destroys everything sealed with it (SEC-36).
/// </summary>
public class PersonalKey : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>Random salt of the password-derived wrapping key.</summary>
    public byte[] Salt { get; set; } = [];

    /// <summary>PBKDF2-HMAC-SHA512 iterations used for this row, so the cost can rise without breaking old rows.</summary>
    public int Iterations { get; set; }

    /// <summary>The data key sealed with AES-GCM under the password-derived key (nonce, tag, ciphertext).</summary>
    public byte[] WrappedKey { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    /// <summary>When the key was last wrapped again (a password change, or opened with an earlier password).</summary>
    public DateTime? RewrappedAt { get; set; }

    /// <summary>Optimistic concurrency token (SEC-43): two sign-ins cannot both create or rewrap it.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class PersonalKeyConfiguration : IEntityTypeConfiguration<PersonalKey>
{
    public void Configure(EntityTypeBuilder<PersonalKey> builder)
    {
        builder.HasIndex(k => k.UserId).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(k => k.Salt).HasMaxLength(32);
        builder.Property(k => k.WrappedKey).HasMaxLength(128);
    }
}
