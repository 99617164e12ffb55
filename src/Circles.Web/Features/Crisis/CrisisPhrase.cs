using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Crisis;

/// <summary>A phrase that suggests someone may be in crisis, in one language; each organization keeps its own list (seeded for English and Spanish).</summary>
public class CrisisPhrase : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public required string Language { get; set; }
    public required string Phrase { get; set; }
    public CrisisCategory Category { get; set; }
}

internal sealed class CrisisPhraseConfiguration : IEntityTypeConfiguration<CrisisPhrase>
{
    public void Configure(EntityTypeBuilder<CrisisPhrase> builder)
    {
        builder.Property(p => p.Language).HasMaxLength(10);
        builder.Property(p => p.Phrase).HasMaxLength(200);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.OrganizationId, p.Language, p.Phrase }).IsUnique();
    }
}
