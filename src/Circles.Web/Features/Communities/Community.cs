using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Communities;

/// <summary>
/// A community the organization serves: where and how people live, what to be careful about,
/// what keeps them from coming, and the trusted leaders who bridge to it.
/// </summary>
public class Community : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }
    public CommunityKind Kind { get; set; }
    public string Region { get; set; } = "";

    /// <summary>Languages spoken, as the coordinator writes them ("Spanish, Tagalog").</summary>
    public string Languages { get; set; } = "";

    public string CulturalNotes { get; set; } = "";
    public string StigmaNotes { get; set; } = "";
    public AccessBarriers Barriers { get; set; }
    public string OtherBarriers { get; set; } = "";

    /// <summary>
    /// Trusted community leaders, one per line, as typed before partner records existed. Read
    /// only: at start-up each line becomes a community-leader partner linked here and the text
    /// is emptied (Partners/TrustedLeadersConversion, decision 0016). Nothing writes it any more;
    /// the column goes once every installation has started on this version.
    /// </summary>
    public string TrustedLeaders { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum CommunityKind
{
    Urban,
    Rural,
    Online,
}

[Flags]
public enum AccessBarriers
{
    None = 0,
    Transport = 1,
    Documents = 2,
    Childcare = 4,
    Cost = 8,
    Language = 16,
    DigitalAccess = 32,
    WorkHours = 64,
}

internal sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(120);
        builder.Property(c => c.Region).HasMaxLength(120);
        builder.Property(c => c.Languages).HasMaxLength(200);
        builder.Property(c => c.CulturalNotes).HasMaxLength(2000);
        builder.Property(c => c.StigmaNotes).HasMaxLength(2000);
        builder.Property(c => c.OtherBarriers).HasMaxLength(500);
        builder.Property(c => c.TrustedLeaders).HasMaxLength(2000);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
