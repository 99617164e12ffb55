using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Moderation;

/// <summary>Anyone can report a message they can see; facilitators (or coordinators, for direct messages) work the queue.</summary>
public class MessageReport : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public MessageKind Kind { get; set; }
    public Guid MessageId { get; set; }

    /// <summary>The group of a discussion post (its facilitators see the report); null for direct messages (coordinators see them).</summary>
    public Guid? GroupId { get; set; }

    public Guid ReportedByUserId { get; set; }
    public ReportReason Reason { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public Guid? ResolvedByUserId { get; set; }
    public ReportOutcome? Outcome { get; set; }

    /// <summary>The moderator's short reason for the outcome (hidden, left visible, or shown again); their words, never the message's.</summary>
    public string? ResolutionReason { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum ReportReason
{
    Unkind,
    Unsafe,
    SharesPrivateDetails,
    Spam,
    Other,
}

public enum ReportOutcome
{
    Hidden,
    LeftVisible,
}

internal sealed class MessageReportConfiguration : IEntityTypeConfiguration<MessageReport>
{
    public void Configure(EntityTypeBuilder<MessageReport> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ResolutionReason).HasMaxLength(500);
        builder.HasIndex(r => new { r.ResolvedAt, r.GroupId });
        builder.HasIndex(r => new { r.Kind, r.MessageId });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(r => r.ReportedByUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
