using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.FollowUps;

/// <summary>A gentle check-in with a member who has missed several sessions in a row.</summary>
public class FollowUpTask : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }
    public Guid MemberUserId { get; set; }

    /// <summary>
    /// A named person to reach out, once peer supporters are matched (capability 3). Nothing sets it
    /// yet: until then any facilitator of the group sees the task.
    /// </summary>
    public Guid? AssignedToUserId { get; set; }

    public int MissedSessions { get; set; }
    public DateTime CreatedAt { get; set; }
    public FollowUpOutcome? Outcome { get; set; }
    public DateTime? ClosedAt { get; set; }
    public Guid? ClosedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsOpen => Outcome is null;
}

public enum FollowUpOutcome
{
    Reached,
    NoAnswer,
    PausedByChoice,
}

/// <summary>
/// How and when a member is happy to be contacted (SEC-7): in Circles only unless they chose
/// otherwise. Phone number and code word are encrypted at rest (SEC-27).
/// </summary>
public class ContactPreference : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public ContactChannels Channels { get; set; } = ContactChannels.InApp;
    public string? ProtectedPhone { get; set; }
    public string SafeTimeWindow { get; set; } = "";
    public string? ProtectedCodeWord { get; set; }

    /// <summary>Only for neutral notification emails ("You have a new message"), when the Email channel is chosen.</summary>
    public string? ProtectedEmail { get; set; }

    /// <summary>When the member last chose; each outside channel is a dated opt-in (SEC-7).</summary>
    public DateTime UpdatedAt { get; set; }
}

[Flags]
public enum ContactChannels
{
    None = 0,
    InApp = 1,
    InPersonAtGroup = 2,
    PhoneCall = 4,
    TextMessage = 8,

    /// <summary>Neutral notification emails only; never content (SEC-7).</summary>
    Email = 16,
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUpTask>, IEntityTypeConfiguration<ContactPreference>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> builder)
    {
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(t => t.IsOpen);
        builder.HasIndex(t => new { t.GroupId, t.MemberUserId });
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(t => t.MemberUserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ContactPreference> builder)
    {
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.Property(p => p.ProtectedPhone).HasMaxLength(500);
        builder.Property(p => p.ProtectedCodeWord).HasMaxLength(500);
        builder.Property(p => p.ProtectedEmail).HasMaxLength(1000);
        builder.Property(p => p.SafeTimeWindow).HasMaxLength(100);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
