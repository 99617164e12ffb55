using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Partners;

/// <summary>
/// One entry of a partner's engagement log: what happened, when, and optionally the next step,
/// with a due date and who will take it. Open next steps due soon or late show on the
/// coordinator's home (<see cref="PartnerNextSteps"/>).
/// </summary>
public class PartnerEngagement : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid PartnerId { get; set; }
    public EngagementKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string Note { get; set; } = "";
    public string? NextStep { get; set; }
    public DateOnly? NextStepDueOn { get; set; }
    public Guid? NextStepOwnerUserId { get; set; }
    public DateTime? NextStepDoneAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum EngagementKind
{
    Meeting,
    Call,
    Event,
    Endorsement,
    ReferralSent,
    ReferralReceived,
}

internal sealed class PartnerEngagementConfiguration : IEntityTypeConfiguration<PartnerEngagement>
{
    public void Configure(EntityTypeBuilder<PartnerEngagement> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Note).HasMaxLength(500);
        builder.Property(e => e.NextStep).HasMaxLength(300);
        builder.HasIndex(e => new { e.PartnerId, e.OccurredOn });
        builder.HasIndex(e => new { e.OrganizationId, e.NextStepDueOn });
        builder.HasOne<Partner>().WithMany().HasForeignKey(e => e.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(e => e.NextStepOwnerUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(e => e.CreatedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
