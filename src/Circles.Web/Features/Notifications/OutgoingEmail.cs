using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Notifications;

/// <summary>
/// An email waiting to be sent to someone who opted in to email notifications (SEC-7). Subject
/// and body are the neutral texts only; the address is encrypted (SEC-27). Deleted once sent.
/// </summary>
public class OutgoingEmail : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public required string ProtectedAddress { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Attempts { get; set; }
}

internal sealed class OutgoingEmailConfiguration : IEntityTypeConfiguration<OutgoingEmail>
{
    public void Configure(EntityTypeBuilder<OutgoingEmail> builder)
    {
        builder.Property(e => e.ProtectedAddress).HasMaxLength(1000);
        builder.Property(e => e.Subject).HasMaxLength(200);
        builder.Property(e => e.Body).HasMaxLength(1000);
        builder.HasIndex(e => e.CreatedAt);
    }
}
