using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Icebreakers;

/// <summary>An opening activity from the organization's library, with guidance for the facilitator.</summary>
public class Icebreaker : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }

    /// <summary>Links the language versions of one activity.</summary>
    public required string Key { get; set; }

    public required string Language { get; set; }
    public required string Title { get; set; }
    public required string Instructions { get; set; }
    public required string Guidance { get; set; }
    public IcebreakerTags Tags { get; set; }
    public int Minutes { get; set; }
}

[Flags]
public enum IcebreakerTags
{
    None = 0,
    LowDisclosure = 1,
    Movement = 2,
    Creative = 4,
}

internal sealed class IcebreakerConfiguration : IEntityTypeConfiguration<Icebreaker>
{
    public void Configure(EntityTypeBuilder<Icebreaker> builder)
    {
        builder.Property(i => i.Key).HasMaxLength(80);
        builder.Property(i => i.Language).HasMaxLength(10);
        builder.Property(i => i.Title).HasMaxLength(100);
        builder.Property(i => i.Instructions).HasMaxLength(1000);
        builder.Property(i => i.Guidance).HasMaxLength(800);
        builder.HasIndex(i => new { i.OrganizationId, i.Key, i.Language }).IsUnique();
    }
}
