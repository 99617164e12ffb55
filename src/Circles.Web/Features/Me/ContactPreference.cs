using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Me;

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

internal sealed class ContactPreferenceConfiguration : IEntityTypeConfiguration<ContactPreference>
{
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
