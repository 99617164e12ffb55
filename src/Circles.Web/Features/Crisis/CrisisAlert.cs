using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Crisis;

/// <summary>
/// A message or post matched crisis language: the people who can reach out (the group's
/// facilitators, or the match's coordinator) see it until one of them says they reached out.
/// Nothing leaves Circles. It names the phrase that matched, because false positives are expected.
/// </summary>
public class CrisisAlert : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public MessageKind Kind { get; set; }
    public Guid MessageId { get; set; }
    public Guid? GroupId { get; set; }
    public Guid? MatchId { get; set; }
    public Guid WriterUserId { get; set; }
    public required string MatchedPhrase { get; set; }
    public CrisisCategory Category { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class CrisisAlertConfiguration : IEntityTypeConfiguration<CrisisAlert>
{
    public void Configure(EntityTypeBuilder<CrisisAlert> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.MatchedPhrase).HasMaxLength(200);
        builder.HasIndex(a => new { a.AcknowledgedAt, a.GroupId });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(a => a.WriterUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
