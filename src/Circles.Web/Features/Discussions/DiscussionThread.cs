using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Discussions;

/// <summary>When a group's discussion is open for posting.</summary>
public enum DiscussionMode
{
    /// <summary>Open only while a facilitator is on duty; read-only otherwise (the default: unmoderated rooms are where harm happens).</summary>
    WhileFacilitatorOnDuty,

    /// <summary>The group has no discussion.</summary>
    Off,

    /// <summary>Open at any time.</summary>
    Always,
}

/// <summary>A thread in a group's discussion, visible to its active members and facilitators only.</summary>
public class DiscussionThread : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }

    /// <summary>Null once the author erased their account and the organization keeps posts anonymized (SEC-36).</summary>
    public Guid? AuthorUserId { get; set; }

    /// <summary>Encrypted like the posts (SEC-27).</summary>
    public required string ProtectedTitle { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime LastPostAt { get; set; }
}

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

/// <summary>A facilitator on duty for a group's discussion, from when to when.</summary>
public class FacilitatorDuty : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public DateTime StartedAt { get; set; }

    /// <summary>Duty ends by itself at this time unless ended earlier, so a forgotten duty does not leave a room open.</summary>
    public DateTime EndsAt { get; set; }
}

/// <summary>Up to when a person has read a thread: unread counts come from this.</summary>
public class DiscussionReadMark : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid ThreadId { get; set; }
    public Guid UserId { get; set; }
    public DateTime ReadUpTo { get; set; }
}

/// <summary>A facilitator muted someone in a group's discussion (they read but cannot post) or removed them from it.</summary>
public class DiscussionRestriction : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public DiscussionRestrictionKind Kind { get; set; }
    public required string Reason { get; set; }
    public Guid ByUserId { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Null: until a facilitator lifts it.</summary>
    public DateTime? Until { get; set; }
}

public enum DiscussionRestrictionKind
{
    Muted,
    Removed,
}

internal sealed class DiscussionConfiguration :
    IEntityTypeConfiguration<DiscussionThread>,
    IEntityTypeConfiguration<DiscussionPost>,
    IEntityTypeConfiguration<FacilitatorDuty>,
    IEntityTypeConfiguration<DiscussionReadMark>,
    IEntityTypeConfiguration<DiscussionRestriction>
{
    public void Configure(EntityTypeBuilder<DiscussionThread> builder)
    {
        builder.Property(t => t.ProtectedTitle).HasMaxLength(2000);
        builder.HasIndex(t => new { t.GroupId, t.LastPostAt });
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(t => t.AuthorUserId).OnDelete(DeleteBehavior.SetNull);
    }

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

    public void Configure(EntityTypeBuilder<FacilitatorDuty> builder)
    {
        builder.HasIndex(d => new { d.GroupId, d.EndsAt });
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(d => d.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DiscussionReadMark> builder)
    {
        builder.HasIndex(r => new { r.UserId, r.ThreadId }).IsUnique();
        builder.HasOne<DiscussionThread>().WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DiscussionRestriction> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.HasIndex(r => new { r.GroupId, r.UserId });
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
