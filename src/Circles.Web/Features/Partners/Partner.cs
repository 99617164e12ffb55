using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Partners;

/// <summary>
/// Someone the organization works with outside its own staff: a community or religious leader,
/// a business, a service provider, a school, a public agency. Trusted voices bridge to
/// communities; their referrals are counted.
/// </summary>
public class Partner : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }
    public PartnerKind Kind { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The person to talk to, encrypted (<see cref="Security.FieldPurposes.PartnerContactName"/>).</summary>
    public string? ContactNameProtected { get; set; }

    /// <summary>Encrypted (<see cref="Security.FieldPurposes.PartnerContactPhone"/>).</summary>
    public string? ContactPhoneProtected { get; set; }

    /// <summary>Encrypted (<see cref="Security.FieldPurposes.PartnerContactEmail"/>).</summary>
    public string? ContactEmailProtected { get; set; }

    public PartnerContactWay PreferredContact { get; set; }
    public string Notes { get; set; } = "";

    /// <summary>Whether new members see this partner's name in "How did you find us?" when they join.</summary>
    public bool ShowWhenJoining { get; set; }
}

/// <summary>How the partner's contact person prefers to be reached.</summary>
public enum PartnerContactWay
{
    Phone,
    Email,
    InPerson,
    ThroughSomeone,
}

public enum PartnerKind
{
    CommunityLeader,
    ReligiousLeader,
    Business,
    ServiceProvider,
    School,
    PublicAgency,
    Other,
}

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(p => new { p.OrganizationId, p.Name });
        builder.Property(p => p.PreferredContact).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Notes).HasMaxLength(2000);
    }
}
