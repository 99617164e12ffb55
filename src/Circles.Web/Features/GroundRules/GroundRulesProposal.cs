using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.GroundRules;

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

internal sealed class GroundRulesProposalConfiguration : IEntityTypeConfiguration<GroundRulesProposal>
{
    public void Configure(EntityTypeBuilder<GroundRulesProposal> builder)
    {
        builder.Property(p => p.Text).HasMaxLength(1000);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(p => p.ProposedByUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
