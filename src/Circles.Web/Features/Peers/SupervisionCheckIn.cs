using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Peers;

/// <summary>
/// A supervision check-in between a coordinator and a peer supporter. The wellbeing answer and
/// note are private to the two of them; the note is encrypted (SEC-27).
/// </summary>
public class SupervisionCheckIn : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid PeerUserId { get; set; }
    public Guid CoordinatorUserId { get; set; }
    public DateTime ScheduledFor { get; set; }
    public DateTime? HeldAt { get; set; }

    /// <summary>"How are you carrying the support you give?" 1 (very heavy) to 5 (light).</summary>
    public int? Wellbeing { get; set; }

    public string? ProtectedNote { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class SupervisionCheckInConfiguration : IEntityTypeConfiguration<SupervisionCheckIn>
{
    public void Configure(EntityTypeBuilder<SupervisionCheckIn> builder)
    {
        builder.Property(c => c.ProtectedNote).HasMaxLength(8000);
        builder.HasIndex(c => new { c.PeerUserId, c.ScheduledFor });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(c => c.PeerUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
