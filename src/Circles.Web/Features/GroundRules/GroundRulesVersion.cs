using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.GroundRules;

/// <summary>
/// One version of a group's ground rules. Versions are never edited: a change makes the next
/// version, and agreement is recorded against the version a person actually read.
/// </summary>
public class GroundRulesVersion : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid CreatedByUserId { get; set; }

    public IEnumerable<string> Rules => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A member's agreement to one version.</summary>
public class GroundRulesAgreement : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid VersionId { get; set; }
    public Guid UserId { get; set; }
    public DateTime AgreedAt { get; set; }
}

/// <summary>A change a member suggests; the facilitator takes it into the next version or not.</summary>
public class GroundRulesProposal : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }
    public Guid ProposedByUserId { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
    public ProposalStatus Status { get; set; }
    public DateTime? DecidedAt { get; set; }
}

public enum ProposalStatus
{
    Open,
    TakenIn,
    NotTaken,
}

internal sealed class GroundRulesConfiguration :
    IEntityTypeConfiguration<GroundRulesVersion>,
    IEntityTypeConfiguration<GroundRulesAgreement>,
    IEntityTypeConfiguration<GroundRulesProposal>
{
    public void Configure(EntityTypeBuilder<GroundRulesVersion> builder)
    {
        builder.Property(v => v.Text).HasMaxLength(4000);
        builder.HasIndex(v => new { v.GroupId, v.Number }).IsUnique();
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(v => v.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(v => v.Rules);
    }

    public void Configure(EntityTypeBuilder<GroundRulesAgreement> builder)
    {
        builder.HasIndex(a => new { a.VersionId, a.UserId }).IsUnique();
        builder.HasOne<GroundRulesVersion>().WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<GroundRulesProposal> builder)
    {
        builder.Property(p => p.Text).HasMaxLength(1000);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(p => p.ProposedByUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
