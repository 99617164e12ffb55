using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Notifications;

/// <summary>
/// An in-app notification. It stores no words of its own: the text shown comes from the kind and
/// is always neutral (SEC-6, SEC-7) — never a group name, a message or what Circles is for.
/// </summary>
public class Notification : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public NotificationKind Kind { get; set; }

    /// <summary>A path inside Circles to open ("/messages/…"); never shown as text.</summary>
    public required string Link { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

public enum NotificationKind
{
    NewMessage,
    NewReply,
    MatchProposed,
    MatchStarted,
    MatchEnded,
    CrisisAlert,
    NewReport,
    SupervisionScheduled,
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => n.CreatedAt);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
