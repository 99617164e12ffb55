using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Discussions;

/// <summary>A post in a thread; the first post of a thread is its opening message.</summary>
public class DiscussionPost : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid ThreadId { get; set; }

    /// <summary>Copied from the thread so that visibility checks and retention need no join.</summary>
    public Guid GroupId { get; set; }

    /// <summary>Null once the author erased their account and the organization keeps posts anonymized (SEC-36): shown as "A former member".</summary>
    public Guid? AuthorUserId { get; set; }
    public required string ProtectedBody { get; set; }

    /// <summary>Optional words shown instead of the post until the reader chooses to open it; encrypted.</summary>
    public string? ProtectedContentWarning { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set by a facilitator; the reason is theirs, not the author's words.</summary>
    public DateTime? HiddenAt { get; set; }
    public Guid? HiddenByUserId { get; set; }
    public string? HiddenReason { get; set; }
}

internal sealed class DiscussionPostConfiguration : IEntityTypeConfiguration<DiscussionPost>
{
    public void Configure(EntityTypeBuilder<DiscussionPost> builder)
    {
        builder.Property(p => p.ProtectedBody).HasMaxLength(16000);
        builder.Property(p => p.ProtectedContentWarning).HasMaxLength(2000);
        builder.Property(p => p.HiddenReason).HasMaxLength(500);
        builder.HasIndex(p => new { p.ThreadId, p.CreatedAt });
        builder.HasIndex(p => new { p.GroupId, p.CreatedAt });
        builder.HasOne<DiscussionThread>().WithMany().HasForeignKey(p => p.ThreadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(p => p.AuthorUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
