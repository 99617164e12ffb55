using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Security;

/// <summary>
/// Append-only record of who did what, when (SEC-32). It names the action and the record it
/// touched, never the content.
/// </summary>
public class AuditEvent : ITenantOwned
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public DateTime At { get; set; }
    public Guid? ActorUserId { get; set; }
    public required string Action { get; set; }
    public string? Subject { get; set; }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.Subject).HasMaxLength(100);
        builder.HasIndex(a => a.At);
    }
}
