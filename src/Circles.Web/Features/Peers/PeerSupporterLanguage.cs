using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Peers;

/// <summary>A language a peer supporter can support someone in (a code such as "es").</summary>
public class PeerSupporterLanguage : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public required string Language { get; set; }
}

internal sealed class PeerSupporterLanguageConfiguration : IEntityTypeConfiguration<PeerSupporterLanguage>
{
    public void Configure(EntityTypeBuilder<PeerSupporterLanguage> builder)
    {
        builder.Property(l => l.Language).HasMaxLength(10);
        // Organization first and all three columns: matching's language check is then one lookup
        // in this index alone, with no row to read for the tenant filter (PeerMatchingBench).
        builder.HasIndex(l => new { l.OrganizationId, l.Language, l.UserId }).IsUnique();
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
