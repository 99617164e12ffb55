using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Groups;

/// <summary>A person's place in a group. Every change of status is kept in <see cref="MembershipChange"/>.</summary>
public class GroupMembership : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public MembershipStatus Status { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum MembershipStatus
{
    /// <summary>Asked to join; waits for a facilitator.</summary>
    Requested,

    /// <summary>Invited by a facilitator or coordinator; waits for the person.</summary>
    Invited,

    Active,

    /// <summary>Taking a break, by their own choice; nobody follows up.</summary>
    Paused,

    Left,

    /// <summary>A request a facilitator did not accept.</summary>
    Declined,
}

/// <summary>History of a membership: who changed it to what, when. No reasons are asked or kept.</summary>
public class MembershipChange : ITenantOwned
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid MembershipId { get; set; }
    public MembershipStatus? From { get; set; }
    public MembershipStatus To { get; set; }
    public DateTime At { get; set; }
    public Guid ByUserId { get; set; }
}

internal sealed class GroupMembershipConfiguration : IEntityTypeConfiguration<GroupMembership>
{
    public void Configure(EntityTypeBuilder<GroupMembership> builder)
    {
        builder.HasIndex(m => new { m.GroupId, m.UserId }).IsUnique();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MembershipChangeConfiguration : IEntityTypeConfiguration<MembershipChange>
{
    public void Configure(EntityTypeBuilder<MembershipChange> builder)
    {
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => c.MembershipId);
        builder.HasOne<GroupMembership>().WithMany().HasForeignKey(c => c.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
