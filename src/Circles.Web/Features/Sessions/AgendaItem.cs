using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Sessions;

/// <summary>An optional, reorderable item of a session's agenda.</summary>
public class AgendaItem : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid SessionId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public int? Minutes { get; set; }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(120);
        builder.HasIndex(a => new { a.SessionId, a.Position });
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
