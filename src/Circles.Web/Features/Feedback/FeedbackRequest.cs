using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Feedback;

/// <summary>
/// That a person was asked for feedback on a session, and whether they answered; never what
/// they answered. Kept apart from <see cref="FeedbackResponse"/> so answers cannot be traced back.
/// </summary>
public class FeedbackRequest : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid SessionId { get; set; }
    public Guid UserId { get; set; }
    public bool Answered { get; set; }
}

/// <summary>
/// An anonymous answer: no person, no time of answering, a random id, so that neither a join nor
/// an order can link it to whoever gave it.
/// </summary>
public class FeedbackResponse : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid SessionId { get; set; }

    /// <summary>1 (not at all) to 5 (completely).</summary>
    public int FeltSafe { get; set; }

    /// <summary>1 (not at all) to 5 (very).</summary>
    public int Useful { get; set; }

    public string ShouldChange { get; set; } = "";
    public string Comment { get; set; } = "";
}

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<FeedbackRequest>, IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackRequest> builder)
    {
        builder.HasIndex(r => new { r.SessionId, r.UserId }).IsUnique();
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<FeedbackResponse> builder)
    {
        builder.Property(r => r.ShouldChange).HasMaxLength(500);
        builder.Property(r => r.Comment).HasMaxLength(1000);
        builder.HasIndex(r => r.SessionId);
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
